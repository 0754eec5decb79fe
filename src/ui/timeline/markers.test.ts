import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../sim/history/types.ts'
import { MONTH_S } from '../../../sim/forecast/growth/calendar.ts'
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import { crossingMarks } from './crossings.ts'
import { groupMarkers, markersOf } from './markers.ts'

let id = 0
const ev = (atS: number, over: Partial<RunEvent> = {}): RunEvent => ({
  id: id++,
  atS,
  kind: 'failure',
  severity: 'alarm',
  transition: 'once',
  asset: { kind: 'unit', id: 'crah-1', index: 0 },
  value: null,
  limit: null,
  unit: '',
  text: `event at ${atS}`,
  ...over,
})

describe('timeline markers', () => {
  it('marks every event but settings, a cleared condition as info, crossings in time order', () => {
    const marks = markersOf(
      [
        ev(100),
        ev(200, { kind: 'setting', severity: 'info' }),
        ev(300, { kind: 'ashrae', severity: 'alarm', transition: 'cleared' }),
      ],
      [{ atS: 150, id: 'ups:UPS-1' }],
    )
    expect(marks.map((m) => [m.atS, m.kind, m.severity])).toEqual([
      [100, 'failure', 'alarm'],
      [150, 'crossing', 'warning'],
      [300, 'ashrae', 'info'],
    ])
    expect(marks[1].title).toBe('Forecast: ups:UPS-1 crossed')
  })

  it('groups markers of one slot: the most severe shows, the title lists four then "and N more"', () => {
    // Slots of 60 s: 0..59 is one slot (six events), 60 another.
    const marks = markersOf(
      [
        ev(0, { severity: 'info', kind: 'restore' }),
        ev(10, { severity: 'warning', kind: 'overload' }),
        ev(20),
        ev(30, { severity: 'info' }),
        ev(40),
        ev(59),
        ev(60, { severity: 'warning' }),
      ],
      [],
    )
    const grouped = groupMarkers(marks, 60)
    expect(grouped).toHaveLength(2)
    expect(grouped[0]).toMatchObject({ atS: 0, severity: 'alarm', kind: 'failure', count: 6 })
    expect(grouped[0].title.split('\n')).toEqual([
      'event at 0',
      'event at 10',
      'event at 20',
      'event at 30',
      'and 2 more',
    ])
    expect(grouped[1]).toMatchObject({ atS: 60, severity: 'warning', count: 1, title: 'event at 60' })
    // The input is left as it was (the dock regroups it as the present moves on).
    expect(marks[0].severity).toBe('info')
  })

  it('a run of zero length groups nothing', () => {
    expect(groupMarkers(markersOf([ev(0), ev(0)], []), 0)).toHaveLength(2)
  })
})

describe('forecast crossings on the run', () => {
  const summary = (p50s: (number | null)[]) =>
    ({
      resources: p50s.map((p50, i) => ({ id: `line-${i}`, firstCrossing: { p10: p50, p50, p90: p50 } })),
    }) as unknown as ForecastSummary

  it('places a p50 crossing in months at months × MONTH_S when the run has got that far', () => {
    // MONTH_S = 365.2425 d / 12 = 2,629,746 s; half a month in is 1,314,873 s.
    expect(MONTH_S).toBe(2_629_746)
    const marks = crossingMarks(summary([0.5, 2, null]), 1.5 * MONTH_S)
    expect(marks).toEqual([{ atS: 1_314_873, id: 'line-0' }])
    expect(crossingMarks(null, 1e9)).toEqual([])
  })
})

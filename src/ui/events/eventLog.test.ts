import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../sim/history/types.ts'
import { groupOf, kindWords } from './eventKinds.ts'
import { durations, durationTracker } from './eventDurations.ts'
import { groupCounts, NO_FILTER, passes, visibleEvents } from './eventLog.ts'
import { eventsCsv } from './eventsCsv.ts'
import { stateText, valueText } from './eventText.ts'
import { windowRows } from './windowRows.ts'

let nextId = 0
function ev(over: Partial<RunEvent> & Pick<RunEvent, 'kind' | 'atS'>): RunEvent {
  return {
    id: nextId++,
    severity: 'warning',
    transition: 'once',
    asset: { kind: 'rack', id: 'A-01', index: 0 },
    value: null,
    limit: null,
    unit: '',
    text: '',
    ...over,
  }
}

const pdu = { kind: 'power', id: 'pdu-a1' } as const
const rack = { kind: 'rack', id: 'A-03', index: 2 } as const
const failed = ev({ kind: 'failure', atS: 60, asset: pdu, severity: 'alarm', text: 'pdu-a1 failed' })
const overRaised = ev({
  kind: 'overload',
  atS: 120,
  transition: 'raised',
  asset: { kind: 'power', id: 'pdu-a2' },
  value: 182_000,
  limit: 160_000,
  unit: 'W',
  severity: 'alarm',
})
const hot27 = ev({
  kind: 'ashrae',
  atS: 600,
  transition: 'raised',
  asset: rack,
  value: 27.4,
  limit: 27,
  unit: '°C',
})
const hot32 = ev({
  kind: 'ashrae',
  atS: 900,
  transition: 'raised',
  asset: rack,
  value: 32.1,
  limit: 32,
  unit: '°C',
  severity: 'alarm',
})
const cool32 = ev({
  kind: 'ashrae',
  atS: 1500,
  transition: 'cleared',
  asset: rack,
  value: 31.9,
  limit: 32,
  unit: '°C',
  severity: 'info',
})
const cool27 = ev({
  kind: 'ashrae',
  atS: 8100,
  transition: 'cleared',
  asset: rack,
  value: 26.9,
  limit: 27,
  unit: '°C',
  severity: 'info',
})
const coolingLost = ev({
  kind: 'redundancy',
  atS: 60,
  transition: 'raised',
  asset: { kind: 'hall', id: 'cooling' },
})
const log = [failed, coolingLost, overRaised, hot27, hot32, cool32, cool27]

describe('the event log', () => {
  it('pairs each clearing with its raising by kind, asset and limit, nested ones last-in first-out', () => {
    const lasted = durations(log)
    // 32 °C raised at 900 s, cleared at 1,500 s: 600 s; 27 °C raised at 600 s, cleared at 8,100 s: 7,500 s.
    expect(lasted.get(hot32.id)).toBe(600)
    expect(lasted.get(cool32.id)).toBe(600)
    expect(lasted.get(hot27.id)).toBe(7500)
    expect(lasted.get(cool27.id)).toBe(7500)
    // The overload never cleared; a failure is an instant.
    expect(lasted.has(overRaised.id)).toBe(false)
    expect(stateText(overRaised, lasted.get(overRaised.id))).toBe('still active')
    expect(stateText(hot27, 7500)).toBe('cleared after 2 h 5 min')
    expect(stateText(cool32, 600)).toBe('lasted 10 min')
    expect(stateText(failed, undefined)).toBe('')
  })

  it('pairs a clearing whose limit differs with the latest open raising of that asset and kind', () => {
    const up = ev({ kind: 'overload', atS: 0, transition: 'raised', asset: pdu, limit: 160 })
    const down = ev({ kind: 'overload', atS: 90, transition: 'cleared', asset: pdu, limit: null })
    expect(durations([up, down]).get(down.id)).toBe(90)
  })

  it('pairs an appended log from where it left off, and a restarted one afresh', () => {
    const track = durationTracker()
    expect(track(log.slice(0, 5)).has(hot32.id)).toBe(false)
    expect(track(log).get(hot32.id)).toBe(600)
    // A restart: a new, shorter log whose raising is still open.
    const again = [{ ...hot27, id: 0 }]
    expect(track(again).size).toBe(0)
  })

  it('lists newest first, filtered by chip and by severity', () => {
    expect(visibleEvents(log, NO_FILTER).map((e) => e.atS)).toEqual([8100, 1500, 900, 600, 120, 60, 60])
    const power = { groups: new Set(['power'] as const), alarmsOnly: false }
    expect(visibleEvents(log, power)).toEqual([overRaised])
    const climateAlarms = { groups: new Set(['climate', 'failures'] as const), alarmsOnly: true }
    expect(visibleEvents(log, climateAlarms)).toEqual([hot32, failed])
    expect(passes(coolingLost, { groups: new Set(['cooling']), alarmsOnly: false })).toBe(true)
  })

  it('counts each chip, under the alarms-only switch when it is on', () => {
    const all = groupCounts(log, false)
    expect(all).toMatchObject({
      failures: 1,
      power: 1,
      cooling: 1,
      climate: 4,
      trips: 0,
      shadow: 0,
      forecast: 0,
    })
    expect(groupCounts(log, true)).toMatchObject({ failures: 1, power: 1, cooling: 0, climate: 1 })
  })

  it('sorts overloads and redundancy by the chain they are about', () => {
    expect(groupOf(overRaised)).toBe('power')
    expect(groupOf(coolingLost)).toBe('cooling')
    // A rack left on one feed by a PDU failure is the power chain's redundancy, not the cooling's.
    expect(groupOf(ev({ kind: 'redundancy', atS: 0, transition: 'raised', asset: rack }))).toBe('power')
    expect(kindWords(coolingLost)).toBe('redundancy lost')
    expect(kindWords({ ...coolingLost, transition: 'cleared' })).toBe('redundancy back')
    // ... and reads as what it is: one feed, no limit to quote.
    const oneFeed = ev({
      kind: 'redundancy',
      atS: 0,
      transition: 'raised',
      asset: rack,
      value: 2.8,
      unit: 'kW',
    })
    expect(kindWords(oneFeed)).toBe('on one feed')
    expect(kindWords({ ...oneFeed, transition: 'cleared' })).toBe('back on two feeds')
    expect(valueText(oneFeed)).toBe('2.8 kW')
  })

  it('writes values against limits in readable units', () => {
    expect(valueText(overRaised)).toBe('182.0 kW, limit 160.0 kW')
    expect(valueText(hot32)).toBe('32.1 °C, limit 32.0 °C')
    expect(valueText(failed)).toBe('')
    expect(valueText(ev({ kind: 'overload', atS: 0, value: 87.4, limit: 80, unit: '%' }))).toBe(
      '87 %, limit 80 %',
    )
  })

  it('exports every event as CSV rows, oldest first, quoting text with commas', () => {
    const csv = eventsCsv([failed, hot27, cool27], 1_767_225_600, durations(log))
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'time_utc,at_s,severity,group,kind,transition,asset_kind,asset_id,value,limit,unit,lasted_s,text',
    )
    // 1,767,225,600 s is 2026-01-01 00:00 UTC; the failure is a minute later.
    expect(lines[1]).toBe(
      '2026-01-01T00:01:00.000Z,60,alarm,failures,failure,once,power,pdu-a1,,,,,pdu-a1 failed',
    )
    expect(lines[3]).toBe(
      '2026-01-01T02:15:00.000Z,8100,info,climate,ashrae,cleared,rack,A-03,26.9,27,°C,7500,',
    )
    const quoted = eventsCsv([{ ...failed, text: 'a, b' }], 0, new Map())
    expect(quoted.trimEnd().split('\n')[1].endsWith(',"a, b"')).toBe(true)
  })
})

describe('windowing a long list', () => {
  it('draws the rows in view and eight either side', () => {
    // 42 px rows, scrolled 4,200 px (row 100) in a 420 px box: rows 100..109 in view, 92..117 drawn.
    expect(windowRows(10_000, 42, 4200, 420)).toEqual({ first: 92, end: 118 })
    expect(windowRows(10_000, 42, 0, 420)).toEqual({ first: 0, end: 18 })
    expect(windowRows(20, 42, 0, 2000)).toEqual({ first: 0, end: 20 })
    expect(windowRows(0, 42, 0, 420)).toEqual({ first: 0, end: 0 })
  })
})

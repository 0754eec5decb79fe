import { describe, expect, it } from 'vitest'
import { HISTORY_CHANNELS } from '../../../sim/history/types.ts'
import type { HistoryChannel, RunHistory } from '../../../sim/history/types.ts'
import { clockTick } from './chartOptions.ts'
import { CHARTS, chartColumns } from './chartSeries.ts'

/** Three rows 60 s apart in buffers of five (the tail is unused capacity the chart must not draw). */
function history(): RunHistory {
  const channels = Object.fromEntries(
    HISTORY_CHANNELS.map((c) => [c, new Float32Array([1, 2, 3, 99, 99])]),
  ) as Record<HistoryChannel, Float32Array>
  channels.itW = new Float32Array([100_000, 0, 50_500, 0, 0])
  channels.pue = new Float32Array([1.5, Number.NaN, 1.25, 0, 0])
  channels.utilization = new Float32Array([0.25, 0.5, 0.75, 0, 0])
  return {
    runId: 1,
    sampleS: 60,
    length: 3,
    timeS: new Float64Array([0, 60, 120, 0, 0]),
    channels,
    rackCount: 0,
    rackInletC: new Float32Array(0),
    rackPowerW: new Float32Array(0),
  }
}

const spec = (id: string) => CHARTS.find((c) => c.id === id)!

describe('chart columns', () => {
  it('every history channel is drawn on exactly one chart', () => {
    const drawn = CHARTS.flatMap((c) => c.lines.map((l) => l.channel)).sort()
    expect(drawn).toEqual([...HISTORY_CHANNELS].sort())
  })

  it('x is the hall clock in Unix s; W becomes kW, 0..1 becomes %; only `length` rows', () => {
    const [x, it] = chartColumns(history(), spec('power'), 1_767_571_200)
    expect(x).toEqual([1_767_571_200, 1_767_571_260, 1_767_571_320])
    expect(it).toEqual([100, 0, 50.5])
    const [, cpu] = chartColumns(history(), spec('utilization'), 0)
    expect(cpu).toEqual([25, 50, 75])
  })

  it('a PUE with no IT load (NaN) is a gap, not a zero', () => {
    const [, pue] = chartColumns(history(), spec('pue'), 0)
    expect(pue).toEqual([1.5, null, 1.25])
  })

  it('thermal headroom is read on the right-hand K axis, the other headrooms in %', () => {
    expect(spec('headroom').lines.map((l) => [l.channel, l.axis, l.scale])).toEqual([
      ['powerHeadroom', 'y', 100],
      ['coolingHeadroom', 'y', 100],
      ['thermalHeadroomK', 'y2', 1],
    ])
  })
})

describe('chart clock ticks', () => {
  it('reads the hall clock in UTC: the day at midnight, hours and minutes otherwise', () => {
    // 2026-01-05T00:00Z = 1,767,571,200 s.
    expect(clockTick(1_767_571_200)).toBe('Jan 5')
    expect(clockTick(1_767_571_200 + 14.5 * 3600)).toBe('14:30')
  })
})

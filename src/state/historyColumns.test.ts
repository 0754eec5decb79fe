// The page's history copy, built from the worker's deltas, is the worker's history; a published one never changes.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createHistoryRecorder, createSimulation, parseScenarioText } from '../../sim/index.ts'
import { historyOf, mergeSlice, type Columns } from './historyColumns.ts'

const scenario = parseScenarioText(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
  'default.json',
)

describe('mergeSlice', () => {
  it('appends deltas, starts afresh after a thinning, and leaves published histories as they were', () => {
    const sim = createSimulation(scenario)
    // 8 rows at most: 60 s rows, thinned to 120 s at the 9th.
    const recorder = createHistoryRecorder(sim, { capacity: 8, checkpoints: 2 })
    sim.runUntil(0)
    let columns: Columns | null = null
    const sync = () => {
      const slice = recorder.slice(columns?.sampleS === recorder.sampleS ? columns.length : 0, 1)
      columns = mergeSlice(columns, slice)
      return historyOf(columns)
    }
    sim.advance(180)
    const first = sync()
    expect(Array.from(first.timeS)).toEqual([0, 60, 120, 180])
    const firstInlets = Array.from(first.rackInletC)
    sim.advance(240)
    const second = sync()
    expect(Array.from(second.timeS)).toEqual([0, 60, 120, 180, 240, 300, 360, 420])
    // The delta did not touch the rows the first history shows.
    expect(Array.from(first.timeS)).toEqual([0, 60, 120, 180])
    expect(Array.from(first.rackInletC)).toEqual(firstInlets)
    sim.advance(60) // the 9th row: halved to 0, 120, ..., 480
    const third = sync()
    expect(third.sampleS).toBe(120)
    expect(Array.from(third.timeS)).toEqual([0, 120, 240, 360, 480])
    expect(Array.from(second.timeS)).toEqual([0, 60, 120, 180, 240, 300, 360, 420])
    // Equal to the worker's whole history, column by column.
    const whole = recorder.slice(0, 1)
    expect(third.channels.maxInletC).toEqual(whole.channels.maxInletC)
    expect(third.rackPowerW).toEqual(whole.rackPowerW)
    expect(third.rackCount).toBe(24)
  })
})

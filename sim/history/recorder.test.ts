// The recorder's history is a function of the run, not of how it was stepped, and stays bounded however long it runs.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { createHistoryRecorder } from './recorder.ts'
import type { HistorySlice } from './types.ts'

const scenario = parseScenarioText(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
  'default.json',
)

/** Every number of a slice as bytes, so "equal" means bit for bit (NaN included). */
const bytesOf = (slice: HistorySlice) => {
  const parts = [slice.timeS, ...Object.values(slice.channels), slice.rackInletC, slice.rackPowerW]
  return Buffer.concat(parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))).toString('base64')
}

function recorded(step: (sim: ReturnType<typeof createSimulation>) => void) {
  const sim = createSimulation(scenario)
  const recorder = createHistoryRecorder(sim)
  sim.runUntil(0)
  step(sim)
  return recorder
}

describe('createHistoryRecorder', () => {
  it('records the same day byte for byte in one advance and in 1440 advances of 60 s', () => {
    const once = recorded((sim) => sim.advance(86_400))
    const many = recorded((sim) => {
      for (let k = 0; k < 1440; k++) sim.advance(60)
    })
    // A row at 0 and at every stepS (60 s) up to and including one day: 1441 rows, under the 2048 capacity.
    expect(once.length).toBe(1441)
    expect(once.sampleS).toBe(60)
    const a = once.slice(0, 1)
    expect(a.timeS[1440]).toBe(86_400)
    expect(bytesOf(a)).toBe(bytesOf(many.slice(0, 1)))
    // Every 32nd row keeps a full frame: rows 0, 32, ..., 1440 → 46 checkpoints.
    expect(once.checkpoints.length).toBe(46)
    expect(once.checkpointNear(3000)!.timeS).toBe(1920)
  }, 60_000)

  it('stays at its capacity through a 60-day run, rows on the doubled grid', () => {
    const recorder = recorded((sim) => sim.advance(60 * 86_400))
    // 60 days of 60 s rows is 86,401; halving at 2048 rows six times (60 → 3840 s) leaves 86,400 / 3840 + 1.
    expect(recorder.sampleS).toBe(3840)
    expect(recorder.length).toBe(1351)
    const { timeS, channels } = recorder.slice(0, 1)
    for (let r = 0; r < timeS.length; r++) expect(timeS[r]).toBe(r * 3840)
    expect(recorder.checkpoints.length).toBeLessThanOrEqual(64)
    for (const c of recorder.checkpoints) expect(c.timeS % (32 * 3840)).toBe(0)
    // The default hall's IT load sits within its power chain and cooling capacity the whole run.
    expect(Math.min(...channels.powerHeadroom)).toBeGreaterThan(0)
    expect(Math.max(...channels.coolingHeadroom)).toBeLessThan(1)
  }, 300_000)

  it('starts a run that has already settled at a grid time with its state there (a restart replayed to 0)', () => {
    const sim = createSimulation(scenario)
    sim.runUntil(0)
    const recorder = createHistoryRecorder(sim)
    expect(recorder.length).toBe(1)
    sim.advance(120)
    expect(Array.from(recorder.slice(0, 1).timeS)).toEqual([0, 60, 120])
    expect(recorder.checkpointNear(100)!.timeS).toBe(0)
    // Off the grid (90 s with 60 s rows), it waits for the next grid time.
    const late = createSimulation(scenario)
    late.runUntil(90)
    const lateRecorder = createHistoryRecorder(late)
    late.advance(30)
    expect(Array.from(lateRecorder.slice(0, 1).timeS)).toEqual([120])
  })

  it('sends only the rows the page has not got', () => {
    const recorder = recorded((sim) => sim.advance(600))
    const tail = recorder.slice(8, 7)
    expect([tail.runId, tail.fromRow, tail.length, tail.timeS.length]).toEqual([7, 8, 11, 3])
    expect(Array.from(tail.timeS)).toEqual([480, 540, 600])
    expect(tail.rackInletC.length).toBe(3 * tail.rackCount)
  })
})

// The elevation's geometry (U spans, free and taken units, what fits) and each server's watts: by hand from a
// SPECpower curve point, and against the rack power a real run of the default hall reports.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createSimulation, parseScenarioText, sceneLayout } from '../../../sim/index.ts'
import {
  elevationSlots,
  fitCount,
  fitProblem,
  freeRunFrom,
  lowestFree,
  occupancy,
  serverSpans,
} from './geometry.ts'
import { rackElevation, shortModelName } from './rackElevation.ts'
import { addsUp, modelPowers, rackNow, serverWatts } from './serverWatts.ts'
import { mismatchReader } from './liveReaders.ts'

const shipped = (name: string) =>
  parseScenarioText(readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8'), name)
const defaultHall = () => shipped('default')

// A 10 U rack: a 2U server (model 1) at U5, a 1U server (model 0) at U1.
const U_HEIGHTS = [1, 2]
const spans = serverSpans(
  [
    { modelIndex: 1, uPosition: 5 },
    { modelIndex: 0, uPosition: 1 },
  ],
  U_HEIGHTS,
)

describe('elevation geometry', () => {
  it('spans a 2U server at U5 over U5–U6, lowest server first', () => {
    expect(spans).toEqual([
      { serverIndex: 1, modelIndex: 0, uBottom: 1, uTop: 1 },
      { serverIndex: 0, modelIndex: 1, uBottom: 5, uTop: 6 },
    ])
  })

  it('marks U1, U5 and U6 taken and the rest free', () => {
    const taken = occupancy(10, spans)
    expect([...taken.slice(1)]).toEqual([1, -1, -1, -1, 0, 0, -1, -1, -1, -1])
    expect(freeRunFrom(taken, 2)).toBe(3) // U2–U4
    expect(freeRunFrom(taken, 5)).toBe(0)
    expect(freeRunFrom(taken, 7)).toBe(4) // U7–U10
    expect(fitCount(taken, 7, 2)).toBe(2)
    expect(fitCount(taken, 2, 2)).toBe(1)
    expect(lowestFree(taken)).toBe(2)
    expect(lowestFree(occupancy(1, spans.slice(0, 1)))).toBe(1) // full: U1, with no room there
  })

  it('lists slots from the top: four free units, the 2U server once, three free, the 1U server', () => {
    const slots = elevationSlots(10, spans).map((s) => (s.kind === 'empty' ? s.u : `S${s.span.uBottom}`))
    expect(slots).toEqual([10, 9, 8, 7, 'S5', 4, 3, 2, 'S1'])
  })

  it('says why servers do not fit: the first unit in the way, or the top of the rack', () => {
    const taken = occupancy(10, spans)
    const nameOf = (s: number) => `server ${s}`
    expect(fitProblem(taken, 2, 1, 3, nameOf)).toBeNull()
    expect(fitProblem(taken, 2, 1, 4, nameOf)).toBe('U5 is taken by server 0')
    expect(fitProblem(taken, 6, 1, 1, nameOf)).toBe('U6 is taken by server 0')
    expect(fitProblem(taken, 9, 2, 1, nameOf)).toBeNull()
    expect(fitProblem(taken, 8, 2, 2, nameOf)).toBe("2 × 2 U from U8 would reach U11, above the rack's 10 U")
    expect(fitProblem(taken, 11, 1, 1, nameOf)).toBe('U11 is not in this rack (U1–U10)')
    expect(fitProblem(taken, 2, 1, 0, nameOf)).toBe('the count must be a whole number from 1, got 0')
  })

  it('refuses overlapping servers instead of drawing them on top of each other', () => {
    const clash = serverSpans(
      [
        { modelIndex: 1, uPosition: 5 },
        { modelIndex: 0, uPosition: 6 },
      ],
      U_HEIGHTS,
    )
    expect(() => occupancy(10, clash)).toThrow('U6 holds servers 0 and 1')
  })

  it("reads the default hall's rack A-03: 12 R640 from U2 and 4 two-U R740 from U16, in 42 U", () => {
    const rack = rackElevation(defaultHall(), 'A-03')
    if (!rack) throw new Error('no rack A-03')
    expect(rack.uHeight).toBe(42)
    expect(rack.spans).toHaveLength(16)
    expect(rack.spans[0]).toMatchObject({ uBottom: 2, uTop: 2 })
    expect(rack.spans[15]).toMatchObject({ uBottom: 22, uTop: 23 })
    expect(shortModelName(rack.models[rack.spans[15].modelIndex])).toBe('Dell PowerEdge R740')
    expect(elevationSlots(42, rack.spans).filter((s) => s.kind === 'empty')).toHaveLength(42 - 12 - 8)
    expect(rackElevation(defaultHall(), 'Z-99')).toBeNull()
  })
})

describe('server watts', () => {
  const hall = defaultHall()
  const powers = modelPowers(hall.serverModels) // 0: R640 (1U), 1: R740 (2U), 0.4 %/K above 23 °C

  it('reads the R640 SPECpower curve at 45 %: halfway from 202 W (40 %) to 232 W (50 %) = 217 W', () => {
    const watts = serverWatts(powers, [0, 1], { utilization: 0.45, inletC: 20, powerW: 1 })
    // R740: 195 W at 40 %, 224 W at 50 % → 209.5 W.
    expect([...watts]).toEqual([217, 209.5])
  })

  it('adds 0.4 %/K above a 23 °C inlet: 217 W × (1 + 0.004 × 5) = 221.34 W at 28 °C', () => {
    const [w] = serverWatts(powers, [0], { utilization: 0.45, inletC: 28, powerW: 1 })
    expect(w).toBeCloseTo(221.34, 10)
  })

  it('puts every server of a rack drawing nothing at 0 W (tripped or unpowered)', () => {
    expect([...serverWatts(powers, [0, 1], { utilization: 0.45, inletC: 50, powerW: 0 })]).toEqual([0, 0])
  })

  it("adds up to each rack's power in a running default hall, to within 0.5 W + 0.2 %", () => {
    const sim = createSimulation(hall)
    const layout = sceneLayout(hall, sim.layout)
    for (const hours of [3, 15]) {
      sim.runUntil(hours * 3600)
      const frame = sim.snapshot(new Float64Array(sim.layout.length))
      hall.racks.forEach((rack, i) => {
        const elevation = rackElevation(hall, rack.id)
        if (!elevation) throw new Error(`no rack ${rack.id}`)
        const now = rackNow(frame, layout, i)
        const watts = serverWatts(powers, elevation.modelIndexOf, now)
        expect(now.powerW).toBeGreaterThan(1000)
        if (!addsUp(watts, now.powerW))
          throw new Error(
            `${rack.id} at ${hours} h: servers ${watts.reduce((a, b) => a + b)} W, rack ${now.powerW} W`,
          )
      })
    }
  })

  it('says so where servers carry their own loads (jobs.json at 6 h: B-08 draws 938 W, 2,112 W at its mean)', () => {
    const jobs = shipped('jobs')
    const sim = createSimulation(jobs)
    const layout = sceneLayout(jobs, sim.layout)
    sim.runUntil(6 * 3600)
    const frame = sim.snapshot(new Float64Array(sim.layout.length))
    const noteOf = (rackId: string) => {
      const elevation = rackElevation(jobs, rackId)
      if (!elevation) throw new Error(`no rack ${rackId}`)
      return mismatchReader(rackId, modelPowers(jobs.serverModels), elevation.modelIndexOf)(frame, layout)
    }
    expect(noteOf('B-08')).toContain('each shown at the rack’s mean utilisation')
    expect(noteOf('B-12')).toBe('') // every server off: 0 W each, 0 W in all
  })
})

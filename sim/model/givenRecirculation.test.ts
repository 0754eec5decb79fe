// A recirculation matrix given in the scenario (CFD or survey): inlets against hand-solved balances, the
// layout's own matrix reproducing the default run exactly, and errors that name the JSON path.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { buildWorld } from '../scenario/build.ts'
import {
  defaultHallWithItsLayoutMatrix,
  matrixHall as hall,
  matrixInletsC as inlets,
  runHours,
  withMatrix,
} from '../testing/matrixHalls.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from './air.ts'
import type { RecirculationEntry } from './givenRecirculation.ts'

type Entries = RecirculationEntry[]
const K = (flowM3s: number) => flowM3s * AIR_HEAT_CAPACITY_J_M3K // W/K

describe('a given recirculation matrix', () => {
  it('two racks: inlets solve θ1 = 0.1(θ2 + ΔT2), θ2 = 0.2(θ1 + ΔT1) by hand', () => {
    // Equal airflows, so a fraction of exhaust is the same fraction of the inlet. ΔT1 = 10 K, ΔT2 = 5 K:
    // θ1 = (0.02·10 + 0.1·5)/0.98 = 0.714286 K, θ2 = 0.2·(0.714286 + 10) = 2.142857 K over 18 °C supply.
    const matrix = [
      { from: 'A-01', to: 'A-02', fraction: 0.2 },
      { from: 'A-02', to: 'A-01', fraction: 0.1 },
    ]
    const out = inlets(hall([10, 10], matrix), [0.5, 0.5], [10 * K(0.5), 5 * K(0.5)], [18, 18])
    expect(out[0]).toBeCloseTo(18 + 0.7 / 0.98, 10)
    expect(out[1]).toBeCloseTo(18 + 0.2 * (0.7 / 0.98 + 10), 10)
  })
  it('three racks of unequal airflow and uneven supply: the inlet shares are a_ij·V̇_i/V̇_j', () => {
    // V̇ = 0.5, 0.25, 0.5 m³/s, each ΔT = 10 K. Inlet 2 is 0.2·0.5/0.25 = 40 % rack-1 exhaust, 60 % supply
    // at 20 °C: 0.6·20 + 0.4·(18 + 10) = 23.2 °C. Inlet 3 is 0.4·0.25/0.5 = 20 % rack-2 exhaust, 10 % its own,
    // 70 % supply at 18 °C: 0.9·T3 = 0.7·18 + 0.2·(23.2 + 10) + 0.1·10 → T3 = 20.24/0.9 = 22.48889 °C.
    const matrix = [
      { from: 'A-01', to: 'A-02', fraction: 0.2 },
      { from: 'A-02', to: 'A-03', fraction: 0.4 },
      { from: 'A-03', to: 'A-03', fraction: 0.1 },
    ]
    const powerW = [10 * K(0.5), 10 * K(0.25), 10 * K(0.5)]
    const out = inlets(hall([10, 5, 10], matrix), [0.5, 0.25, 0.5], powerW, [18, 20, 18])
    expect(out[0]).toBeCloseTo(18, 10)
    expect(out[1]).toBeCloseTo(23.2, 10)
    expect(out[2]).toBeCloseTo(20.24 / 0.9, 10)
  })
  it('reaches the world as given: pairs not listed exchange no air', () => {
    const world = buildWorld(parseScenario(hall([10, 10], [{ from: 'A-02', to: 'A-01', fraction: 0.25 }])))
    expect(Array.from(world.recirculation.a)).toEqual([0, 0, 0.25, 0])
  })
  it('equal to the layout-derived matrix, reproduces the default run exactly', { timeout: 60_000 }, () => {
    const { json, entries } = defaultHallWithItsLayoutMatrix()
    const n = 24
    expect(entries.length).toBe(n * n) // exp(−d/L) couples every pair
    const layoutRun = runHours(json, 6)
    expect(runHours(withMatrix(json, entries), 6)).toEqual(layoutRun)
    // And the given matrix is what the run used: half of it recirculates less, so every inlet is cooler.
    const half = entries.map((e) => ({ ...e, fraction: e.fraction / 2 }))
    const halfRun = runHours(withMatrix(json, half), 6)
    for (let j = 0; j < n; j++) expect(halfRun.inletC[j]).toBeLessThan(layoutRun.inletC[j])
  })
})

describe('a given recirculation matrix that cannot be right', () => {
  const problems = (serversPerRack: number[], entries: Entries) => {
    try {
      parseScenario(hall(serversPerRack, entries), 'hall.json')
    } catch (error) {
      return (error as Error).message.split('\n')
    }
    return []
  }
  const path = '$.room.recirculationMatrix'
  it('names an unknown rack id by its path', () => {
    expect(problems([10, 10], [{ from: 'A-01', to: 'B-07', fraction: 0.1 }])).toEqual([
      `hall.json: ${path}.entries[0].to: no rack has id "B-07"`,
    ])
  })
  it('refuses a rack that sends more than all of its exhaust', () => {
    const over = [
      { from: 'A-01', to: 'A-02', fraction: 0.7 },
      { from: 'A-01', to: 'A-01', fraction: 0.4 },
    ]
    expect(problems([10, 10], over)).toEqual([
      `hall.json: ${path}.entries[1]: the fractions from rack "A-01" sum to 1.1 (entries 0, 1): ` +
        'a rack cannot send more than all of its exhaust',
    ])
  })
  it('refuses an inlet taking in as much exhaust as it draws, and a pair given twice', () => {
    // Rack 1 (0.5 m³/s) sends half its exhaust, 0.25 m³/s, into rack 2, which draws 0.25 m³/s.
    expect(
      problems(
        [10, 5],
        [
          { from: 'A-01', to: 'A-02', fraction: 0.5 },
          { from: 'A-01', to: 'A-02', fraction: 0.1 },
        ],
      ),
    ).toEqual([
      `hall.json: ${path}.entries[1]: the pair from "A-01" to "A-02" is already given by entries[0]`,
      `hall.json: ${path}: rack "A-02" would take in 0.25 m³/s of exhaust but draws only 0.25 m³/s: ` +
        'every inlet needs some cooling-unit air',
    ])
  })
  it('refuses a rack that moves no air, and a fraction outside [0, 1]', () => {
    expect(problems([10, 0], [{ from: 'A-02', to: 'A-01', fraction: 0.1 }])).toEqual([
      `hall.json: ${path}.entries[0].from: rack "A-02" holds no servers, so no air flows through it`,
    ])
    expect(problems([10, 10], [{ from: 'A-02', to: 'A-01', fraction: 1.5 }])).toEqual([
      `hall.json: ${path}.entries[0].fraction: must be at most 1`,
    ])
  })
})

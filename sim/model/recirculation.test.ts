// The cross-interference model: inlet energy balance, superposition, containment and row ends.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { buildRecirculation, recirculatedInlets, recirculationMatrix } from './recirculation.ts'

const hall = (patch: Parameters<typeof tinyHall>[1] = () => {}) =>
  parseScenario(tinyHall({ racks: 6 }, (s) => ((s.room.recirculationFraction = 0.2), patch(s))))
const flows = (n: number) => new Float64Array(n).fill(0.5)
const inletsOf = (scenario: ReturnType<typeof hall>, powerW: number[], supplyC = 18) => {
  const rec = buildRecirculation(scenario, flows(powerW.length))
  const out = new Float64Array(powerW.length)
  recirculatedInlets(rec, Float64Array.from(powerW), new Float64Array(powerW.length).fill(supplyC), out)
  return { rec, out }
}

describe('recirculation', () => {
  it('sends r of each rack’s exhaust back to inlets, mostly its own and its neighbours’', () => {
    const a = recirculationMatrix(hall())
    const row = Array.from(a.subarray(2 * 6, 3 * 6)) // rack 3 of 6
    expect(row.reduce((x, y) => x + y, 0)).toBeCloseTo(0.2, 12)
    expect(row[2]).toBeGreaterThan(row[1])
    expect(row[1]).toBeGreaterThan(row[0])
  })
  it('satisfies each inlet’s energy balance: K_j·T_in = Σ a_ij·K_i·T_out,i + S_j·T_sup', () => {
    const powerW = [2000, 2500, 1000, 3000, 0, 1500]
    const { rec, out } = inletsOf(hall(), powerW)
    for (let j = 0; j < 6; j++) {
      let mixedW = rec.supplyWK[j] * 18
      for (let i = 0; i < 6; i++) mixedW += rec.a[i * 6 + j] * (rec.rackWK[i] * out[i] + powerW[i])
      expect(rec.rackWK[j] * out[j]).toBeCloseTo(mixedW, 6)
    }
  })
  it('is linear in power: doubling every rack’s power doubles every inlet rise', () => {
    const one = inletsOf(hall(), [1000, 2000, 3000, 1000, 2000, 3000]).out
    const two = inletsOf(hall(), [2000, 4000, 6000, 2000, 4000, 6000]).out
    for (let i = 0; i < 6; i++) expect(two[i] - 18).toBeCloseTo(2 * (one[i] - 18), 10)
  })
  it('heats the row ends most when every rack draws the same', () => {
    const out = inletsOf(
      hall((s) => (s.room.rowEndRecirculationFraction = 0.1)),
      [2000, 2000, 2000, 2000, 2000, 2000],
    ).out
    expect(out[0]).toBeGreaterThan(out[2])
    expect(out[5]).toBeGreaterThan(out[3])
  })
  it('with containment keeps only the leakage share of the recirculation', () => {
    const power = [2000, 2000, 2000, 2000, 2000, 2000]
    const open = inletsOf(hall(), power).out
    const contained = inletsOf(
      hall((s) => ((s.room.containment = 'cold'), (s.room.containmentLeakageFraction = 0.1))),
      power,
    ).out
    for (let i = 0; i < 6; i++) expect(contained[i] - 18).toBeLessThan(0.15 * (open[i] - 18))
  })
})

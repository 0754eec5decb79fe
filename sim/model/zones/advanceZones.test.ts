// The zone system against closed forms (two zones mixing, a steady state) and a fine-step RK4 reference.
import { describe, expect, it } from 'vitest'
import { advanceZones, steadyZones, storedHeatJ } from './advanceZones.ts'
import type { ZoneLayout } from './zoneLayout.ts'
import { handLayout, OFF_COIL, threeZones, zonalState } from '../../testing/zoneHalls.ts'
import type { EigenCache, ZonalState, ZoneCoil } from './zoneSystem.ts'
import { advanceZone } from '../zone.ts'

const layout = handLayout
const state = zonalState
const cache = (): EigenCache => new Map()
const off = OFF_COIL

describe('advanceZones', () => {
  it('two zones mixing through G under a step heat input follow the closed form', () => {
    // C1·dT1/dt = Q − G(T1 − T2), C2·dT2/dt = G(T1 − T2); the mean rises at Q/(C1 + C2) and the difference
    // D = T1 − T2 relaxes to Q/(C1·G·(1/C1 + 1/C2)) with τ = 1/(G·(1/C1 + 1/C2)). Equipment decoupled (hA = 0).
    const C1 = 2e5
    const C2 = 6e5
    const G = 2000
    const Q = 30_000
    const l = layout([C1, C2], [1e6, 1e6], [0, 0], [0, G, G, 0])
    const tau = 1 / (G * (1 / C1 + 1 / C2)) // 75 s
    const dInf = Q / (C1 * G * (1 / C1 + 1 / C2)) // 11.25 K
    for (const t of [10, 75, 600]) {
      const s = advanceZones(state([20, 20], [20, 20]), l, Float64Array.of(Q, 0), [off, off], t, cache())
      const mean = 20 + (Q * t) / (C1 + C2)
      const d = dInf * (1 - Math.exp(-t / tau))
      expect(s.airC[0]).toBeCloseTo(mean + (C2 / (C1 + C2)) * d, 9)
      expect(s.airC[1]).toBeCloseTo(mean - (C1 / (C1 + C2)) * d, 9)
    }
    // By hand at t = 75 s: mean 20 + 30000·75/8e5 = 22.8125 °C, D = 11.25·(1 − e⁻¹) = 7.1112 K,
    // T1 = 22.8125 + 0.75·7.1112 = 28.146 °C.
    const s75 = advanceZones(state([20, 20], [20, 20]), l, Float64Array.of(Q, 0), [off, off], 75, cache())
    expect(s75.airC[0]).toBeCloseTo(28.146, 3)
  })

  it('settles where zone 2’s coil removes all the heat and zone 1 sits Q/G above it', () => {
    // Steady: T2 = T_set + Q/g = 20 + 30000/8000 = 23.75 °C; T1 = T2 + Q/G = 23.75 + 15 = 38.75 °C.
    const l = layout([2e5, 6e5], [3e6, 3e6], [1e4, 1e4], [0, 2000, 2000, 0])
    const coil: ZoneCoil = { setpointC: 20, conductanceWK: 8000, capacityW: 1e6, fanHeatW: 0 }
    const s = steadyZones(l, Float64Array.of(30_000, 0), [off, coil], 20, cache())
    expect(s.airC[1]).toBeCloseTo(23.75, 9)
    expect(s.airC[0]).toBeCloseTo(38.75, 9)
    expect(s.massC[0]).toBeCloseTo(38.75, 9)
  })

  it('two identical zones with equal loads stay equal and match the one-zone room of twice the size', () => {
    const l = layout([1e5, 1e5], [2e6, 2e6], [2e6 / 300, 2e6 / 300], [0, 3000, 3000, 0])
    const coil: ZoneCoil = { setpointC: 20, conductanceWK: 8450, capacityW: 40_000, fanHeatW: 3000 }
    const start = state([24, 24], [22, 22])
    const s = advanceZones(start, l, Float64Array.of(45_000, 45_000), [coil, coil], 900, cache())
    const one = advanceZone(
      { airC: 24, massC: 22 },
      { airJK: 2e5, massJK: 4e6, couplingWK: 4e6 / 300 },
      90_000,
      [coil, coil],
      900,
    )
    expect(s.airC[0]).toBeCloseTo(s.airC[1], 10)
    expect(s.airC[0]).toBeCloseTo(one.airC, 9)
    expect(s.massC[0]).toBeCloseTo(one.massC, 9)
  })

  it('three zones through idle, proportional and capacity regimes agree with RK4 at 0.01 s, books exact', () => {
    const { layout: l, coils, heatW: heat, start } = threeZones()
    const tS = 1200
    const exact = advanceZones(start, l, heat, coils, tS, cache())
    const ref = rk4(l, start, heat, coils, tS, 0.01)
    for (let j = 0; j < 3; j++) {
      expect(Math.abs(exact.airC[j] - ref.state.airC[j])).toBeLessThan(1e-6)
      expect(Math.abs(exact.massC[j] - ref.state.massC[j])).toBeLessThan(1e-6)
    }
    // Heat removed = released − stored (the engine's book) against the coils' own integral.
    const removedJ = 60_000 * tS - storedHeatJ(l, start, exact)
    expect(Math.abs(removedJ - ref.removedJ) / ref.removedJ).toBeLessThan(1e-9)
    // Zone 1 starts below setpoint (idle), zone 3 crosses capacity: one long step equals many short ones.
    let s = start
    for (let k = 0; k < 40; k++) s = advanceZones(s, l, heat, coils, tS / 40, cache())
    for (let j = 0; j < 3; j++) expect(s.airC[j]).toBeCloseTo(exact.airC[j], 9)
  })
})

function coilW(c: ZoneCoil, airC: number): number {
  const q = c.conductanceWK * (airC - c.setpointC) + c.fanHeatW
  return c.conductanceWK > 0 ? Math.min(Math.max(0, q), c.capacityW) : 0
}

function rk4(l: ZoneLayout, s0: ZonalState, heat: Float64Array, coils: ZoneCoil[], tS: number, dtS: number) {
  const z = l.zoneCount
  const f = (x: Float64Array) => {
    const d = new Float64Array(2 * z + 1)
    for (let j = 0; j < z; j++) {
      let q = heat[j] - coilW(coils[j], x[j]) - l.couplingWK[j] * (x[j] - x[z + j])
      for (let k = 0; k < z; k++) q -= l.mixingWK[j * z + k] * (x[j] - x[k])
      d[j] = q / l.airJK[j]
      d[z + j] = (l.couplingWK[j] * (x[j] - x[z + j])) / l.massJK[j]
      d[2 * z] += coilW(coils[j], x[j])
    }
    return d
  }
  let x = new Float64Array(2 * z + 1)
  x.set(s0.airC, 0)
  x.set(s0.massC, z)
  const add = (a: Float64Array, b: Float64Array, h: number) => a.map((v, i) => v + h * b[i])
  const steps = Math.round(tS / dtS)
  for (let k = 0; k < steps; k++) {
    const k1 = f(x)
    const k2 = f(add(x, k1, dtS / 2))
    const k3 = f(add(x, k2, dtS / 2))
    const k4 = f(add(x, k3, dtS))
    x = x.map((v, i) => v + (dtS / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]))
  }
  return { state: state([...x.slice(0, z)], [...x.slice(z, 2 * z)]), removedJ: x[2 * z] }
}

// The two-node zone against the closed form of docs/physics.md#room-air-and-equipment-two-thermal-masses and a fine RK4 reference.
import { describe, expect, it } from 'vitest'
import { advanceZone, coilHeatW, steadyAirC } from './zone.ts'
import type { CoilLine, ZoneParams, ZoneState } from './zone.ts'

const params: ZoneParams = { airJK: 1.207e6, massJK: 4.6e6, couplingWK: 4.6e6 / 300 } // 1000 m³ of air, 384 U of servers

function rk4(
  s0: ZoneState,
  p: ZoneParams,
  heatW: number,
  coils: CoilLine[],
  tS: number,
  dtS: number,
): ZoneState {
  const f = (a: number, m: number) => [
    (heatW - coilHeatW(a, coils) - p.couplingWK * (a - m)) / p.airJK,
    (p.couplingWK * (a - m)) / p.massJK,
  ]
  let a = s0.airC
  let m = s0.massC
  for (let t = 0; t < tS - 1e-9; t += dtS) {
    const k1 = f(a, m)
    const k2 = f(a + (dtS / 2) * k1[0], m + (dtS / 2) * k1[1])
    const k3 = f(a + (dtS / 2) * k2[0], m + (dtS / 2) * k2[1])
    const k4 = f(a + dtS * k3[0], m + dtS * k3[1])
    a += (dtS / 6) * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0])
    m += (dtS / 6) * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])
  }
  return { airC: a, massC: m }
}

describe('advanceZone', () => {
  it('with no cooling follows Khankari’s closed form: initial slope P/C_a, then P/(C_a + C_m)', () => {
    const P = 100_000
    const s = advanceZone({ airC: 20, massC: 20 }, params, P, [], 600)
    const C = params.airJK + params.massJK
    const tau = 1 / (params.couplingWK * (1 / params.airJK + 1 / params.massJK))
    const expected =
      20 + (P * 600) / C + (params.massJK / C) * ((P * tau) / params.airJK) * (1 - Math.exp(-600 / tau))
    expect(s.airC).toBeCloseTo(expected, 9)
    // 100 kW into 1,000 m³ of air alone would rise 4.97 K/min (docs/physics.md#room-air-and-equipment-two-thermal-masses): the first second shows it.
    expect((advanceZone({ airC: 20, massC: 20 }, params, P, [], 1).airC - 20) * 60).toBeCloseTo(4.97, 1)
  })
  it('matches a 0.1 s RK4 reference through a coil reaching capacity', () => {
    const coils: CoilLine[] = [{ setpointC: 18, conductanceWK: 8450, capacityW: 80_000, fanHeatW: 0 }]
    const start = { airC: 25, massC: 25 }
    const exact = advanceZone(start, params, 120_000, coils, 1800)
    const reference = rk4(start, params, 120_000, coils, 1800, 0.1)
    expect(exact.airC).toBeCloseTo(reference.airC, 4)
    expect(exact.massC).toBeCloseTo(reference.massC, 4)
    expect(exact.airC).toBeGreaterThan(18 + 80_000 / 8450) // it did cross into the capacity regime
  })
  it('gives the same state for one 1-hour step and 3,600 one-second steps', () => {
    const coils: CoilLine[] = [
      { setpointC: 18, conductanceWK: 8450, capacityW: 60_000, fanHeatW: 0 },
      { setpointC: 20, conductanceWK: 8450, capacityW: 40_000, fanHeatW: 0 },
    ]
    const start = { airC: 19, massC: 19 }
    const once = advanceZone(start, params, 110_000, coils, 3600)
    let many = start
    for (let k = 0; k < 3600; k++) many = advanceZone(many, params, 110_000, coils, 1)
    expect(many.airC).toBeCloseTo(once.airC, 7)
    expect(many.massC).toBeCloseTo(once.massC, 7)
  })
  it('settles where the coils remove exactly the heat released', () => {
    const coils: CoilLine[] = [{ setpointC: 18, conductanceWK: 8450, capacityW: 80_000, fanHeatW: 0 }]
    const airC = steadyAirC(50_000, coils)
    expect(airC).toBeCloseTo(18 + 50_000 / 8450, 9)
    const s = advanceZone({ airC, massC: airC }, params, 50_000, coils, 7200)
    expect(s.airC).toBeCloseTo(airC, 9)
  })
})

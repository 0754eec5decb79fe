// When inlet-driven server power is refreshed between ticks (docs/physics.md#timing-a-command-acts-from-its-own-time).
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { inletBandOf, nextRefreshS, refreshQuantumK } from './heldRates.ts'

/** Tiny hall at 26 °C supply (3 K above the 23 °C knee), servers at 0.4 %/K, stepS 600. */
function warmHall() {
  const scenario = parseScenario(
    tinyHall({}, (s) => {
      s.stepS = 600
      s.horizon = '1d'
      s.coolingUnits[0].supplySetpointC = 26
      s.serverModels[0].inletSensitivity = {}
    }),
  )
  const sim = createSimulation(scenario)
  sim.runUntil(0)
  return { sim, band: inletBandOf(scenario)! }
}

describe('the room-air quantum', () => {
  it('keeps held server power within 0.1 % of the heat: δ = 0.001·Q_in / Σ P_rack·k', () => {
    const { sim, band } = warmHall()
    expect(band).toEqual({ perK: 0.004, kneeC: 23 })
    // Each rack draws 2000·(1 + 0.004·3) = 2024 W; Q_in = 2·2024 + the 1 kW fan.
    const slopeWK = 2 * 2024 * 0.004
    expect(refreshQuantumK(sim.world, band)).toBeCloseTo((0.001 * (2 * 2024 + 1000)) / slopeWK, 9) // 0.3118 K
  })
  it('is not needed when no server model follows its inlet', () => {
    expect(inletBandOf(parseScenario(tinyHall()))).toBeUndefined()
  })
})

describe('the next refresh', () => {
  it('is null at steady state', () => {
    const { sim, band } = warmHall()
    expect(nextRefreshS(sim.world, band, 600)).toBeNull()
  })
  it('comes when the room, its unit failed, has warmed a quantum: Khankari’s two-mass closed form', () => {
    const { sim, band } = warmHall()
    sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
    const w = sim.world
    const quantumK = refreshQuantumK(w, band)
    // From equilibrium with no coil: ΔT_a(t) = P·t/C + (C_m/C)·(P·τ/C_a)·(1 − e^{−t/τ}), τ = 1/(hA·(1/C_a + 1/C_m)).
    const { airJK, massJK, couplingWK } = w.zoneParams
    const C = airJK + massJK
    const tau = 1 / (couplingWK * (1 / airJK + 1 / massJK))
    const P = w.heatInW
    const riseK = (t: number) => (P * t) / C + (massJK / C) * ((P * tau) / airJK) * (1 - Math.exp(-t / tau))
    let lo = 0
    let hi = 600
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2
      if (riseK(mid) < quantumK) lo = mid
      else hi = mid
    }
    expect(nextRefreshS(w, band, 600)).toBeCloseTo(hi, 2)
    // The run does settle there: server power at the refresh follows the inlets then, not those of the failure.
    const failedW = w.rackPowerW[0]
    sim.runUntil(hi + 0.01)
    expect(w.rackPowerW[0]).toBeGreaterThan(failedW)
  })
})

// Pump flow and power worked by hand: V̇ = Q/(ρ·c_p·ΔT), P = Δp·V̇/η, affinity cube at part load.
import { describe, expect, it } from 'vitest'
import { pumpDesign, pumpPoint, waterFlowM3s } from './pumps.ts'

const variable = { headKpa: 200, efficiency: 0.7, control: 'variable' as const, minFlowFraction: 0.3 }

describe('waterFlowM3s', () => {
  it('carries 100 kW at ΔT 6 K in 100000/(998·4186·6) = 3.990e-3 m³/s', () => {
    expect(waterFlowM3s(100_000, 6)).toBeCloseTo(3.9895e-3, 7)
  })
  it('refuses a temperature rise that is not positive, naming it', () => {
    expect(() => waterFlowM3s(100_000, 0)).toThrow('temperature rise must be positive, got 0 K')
  })
})

describe('pumpPoint', () => {
  // Sized for 100 kW at 6 K: 200 kPa · 3.9895e-3 m³/s / 0.7 = 1139.9 W.
  const design = pumpDesign(variable, waterFlowM3s(100_000, 6))

  it('draws Δp·V̇/η = 1.140 kW at design flow', () => {
    expect(design.designPowerW).toBeCloseTo(1139.85, 1)
    expect(pumpPoint(design, design.designFlowM3s).powerW).toBeCloseTo(1139.85, 1)
  })

  it('draws 1/8 of design at half flow (affinity laws, variable speed): 142.5 W', () => {
    const half = pumpPoint(design, design.designFlowM3s / 2)
    expect(half.flowM3s).toBeCloseTo(1.99475e-3, 8)
    expect(half.powerW).toBeCloseTo(1139.85 / 8, 2)
  })

  it('holds the minimum flow: at 10 % wanted it moves 30 % and draws 0.3³ = 2.7 % of design', () => {
    const low = pumpPoint(design, 0.1 * design.designFlowM3s)
    expect(low.flowM3s).toBeCloseTo(0.3 * design.designFlowM3s, 12)
    expect(low.powerW).toBeCloseTo(0.027 * 1139.85, 2)
  })

  it('at constant flow moves design flow at design power whatever the load, and stops with no load', () => {
    const constant = pumpDesign({ ...variable, control: 'constant' }, design.designFlowM3s)
    expect(pumpPoint(constant, 0.2 * design.designFlowM3s)).toEqual({
      flowM3s: design.designFlowM3s,
      powerW: design.designPowerW,
    })
    expect(pumpPoint(constant, 0)).toEqual({ flowM3s: 0, powerW: 0 })
  })
})

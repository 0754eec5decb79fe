// Water pumps of the plant: flow from heat and temperature rise, power from head and efficiency, affinity laws.
// Derivation: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import type { PumpSpec } from './auxiliarySpec.ts'

/**
 * Water at 20 °C (IAPWS-95 via the NIST Webbook: 998.2 kg/m³, 4184 J/(kg·K), rounded as the engineering tables
 * print them). Chilled water at 10 °C differs by 0.2 %, well inside the other assumptions here.
 */
export const WATER_DENSITY_KG_M3 = 998
export const WATER_HEAT_CAPACITY_J_KGK = 4186

/** Volume flow that carries `heatW` at a temperature rise of `deltaTK`: V̇ = Q / (ρ·c_p·ΔT), m³/s. */
export function waterFlowM3s(heatW: number, deltaTK: number): number {
  if (!(deltaTK > 0)) throw new Error(`waterFlowM3s: temperature rise must be positive, got ${deltaTK} K`)
  return Math.max(heatW, 0) / (WATER_DENSITY_KG_M3 * WATER_HEAT_CAPACITY_J_KGK * deltaTK)
}

/** A pump sized for `designFlowM3s` against its design head. */
export interface PumpDesign {
  readonly spec: PumpSpec
  readonly designFlowM3s: number
  /** Hydraulic power over wire-to-water efficiency at design: Δp·V̇ / η = ρ·g·H·V̇ / η, W. */
  readonly designPowerW: number
}

export function pumpDesign(spec: PumpSpec, designFlowM3s: number): PumpDesign {
  return { spec, designFlowM3s, designPowerW: (spec.headKpa * 1000 * designFlowM3s) / spec.efficiency }
}

/** What a pump does for a wanted flow: the flow it moves (m³/s) and the power it draws (W). */
export interface PumpPoint {
  flowM3s: number
  powerW: number
}

/**
 * A pump asked for `wantedM3s`. No flow wanted: the pump is off. Constant flow: design flow at design power.
 * Variable speed: flow = wanted, held at least at the minimum flow (an evaporator or a tower needs it), and
 * power by the affinity laws with the system curve through the origin (pure friction, no static head or
 * differential-pressure setpoint): P = P_design·(V̇/V̇_design)³. Above design flow the cube continues.
 */
export function pumpPoint(pump: PumpDesign, wantedM3s: number): PumpPoint {
  const { spec, designFlowM3s, designPowerW } = pump
  if (!(wantedM3s > 0) || !(designFlowM3s > 0)) return { flowM3s: 0, powerW: 0 }
  if (spec.control === 'constant') return { flowM3s: designFlowM3s, powerW: designPowerW }
  const flowM3s = Math.max(wantedM3s, spec.minFlowFraction * designFlowM3s)
  const ratio = flowM3s / designFlowM3s
  return { flowM3s, powerW: designPowerW * ratio * ratio * ratio }
}

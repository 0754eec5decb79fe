// Server power models: utilisation (0..1) → electrical power (W), built by named factories (OpenDC PowerModels).
import type { PowerModelSpec } from '../scenario/schema.ts'

/** Electrical power in W drawn at CPU utilisation `u` ∈ [0, 1] (clamped). */
export type PowerModel = (u: number) => number

const clamp01 = (u: number) => (u < 0 ? 0 : u > 1 ? 1 : u)

/** P(u) = P_idle + (P_max − P_idle)·u (OpenDC LinearPowerModel, CloudSim Plus PowerModelHostSimple). */
export function linearPower(idleW: number, maxW: number): PowerModel {
  const spanW = maxW - idleW
  return (u) => idleW + spanW * clamp01(u)
}

/**
 * SPECpower_ssj2008 11-point table (active idle, 10 %, …, 100 %), linear between points as CloudSim's
 * PowerModelSpecPower and OpenDC's InterpolationPowerModel do; never rounded to an index (the CloudSim Plus
 * PowerModelHostSpec bug, physics.md §1.2).
 */
export function specPower(curveW: readonly number[]): PowerModel {
  if (curveW.length !== 11) throw new Error(`a SPECpower curve has 11 points, got ${curveW.length}`)
  const table = Float64Array.from(curveW)
  return (u) => {
    const x = clamp01(u) * 10
    const i = Math.min(Math.floor(x + 1e-12), 9)
    return table[i] + (x - i) * (table[i + 1] - table[i])
  }
}

/** Builds the model a scenario's `power` entry names. */
export function powerModelFrom(spec: PowerModelSpec): PowerModel {
  switch (spec.kind) {
    case 'linear':
      return linearPower(spec.idleW, spec.maxW)
    case 'specpower':
      return specPower(spec.curveW)
  }
}

// Server power models: utilisation (0..1) → electrical power (W), built by named factories (OpenDC
// PowerModels), the inlet-temperature factor (fans and leakage) and the airflow a server model resolves to.
import type { PowerModelSpec, ServerModelSpec } from '../scenario/schema.ts'
import { specPowerEntry } from '../catalog/specpower.ts'
import { ASHRAE_CLASSES } from '../metrics/ashrae.ts'
import { pow } from '../math/portable.ts'

/** Electrical power in W drawn at CPU utilisation `u` ∈ [0, 1] (clamped). */
export type PowerModel = (u: number) => number

/**
 * Electrical power in W of one server at utilisation `u` ∈ [0, 1] and inlet air `inletC` (°C). Without
 * `inletC` there is no inlet effect, so every PowerModel is also a ServerPowerModel.
 */
export type ServerPowerModel = (u: number, inletC?: number) => number

/** Fractional power rise per K of inlet above `kneeC` (°C): fans speeding up and silicon leakage. */
export interface InletSensitivity {
  perK: number
  kneeC: number
}

const clamp01 = (u: number) => (u < 0 ? 0 : u > 1 ? 1 : u)

// P_idle + (P_max − P_idle)·shape(u): the idle/max family of OpenDC PowerModels.java (docs/physics.md#server-power).
function idleMaxPower(idleW: number, maxW: number, shape: (u: number) => number): PowerModel {
  const spanW = maxW - idleW
  return (u) => idleW + spanW * shape(clamp01(u))
}

/** P(u) = P_idle + (P_max − P_idle)·u (OpenDC LinearPowerModel, CloudSim Plus PowerModelHostSimple). */
export function linearPower(idleW: number, maxW: number): PowerModel {
  return idleMaxPower(idleW, maxW, (u) => u)
}

/** P(u) = P_idle + (P_max − P_idle)·u² (OpenDC SquarePowerModel; CloudSim PowerModelSquare for u > 0). */
export function squarePower(idleW: number, maxW: number): PowerModel {
  return idleMaxPower(idleW, maxW, (u) => u * u)
}

/** P(u) = P_idle + (P_max − P_idle)·u³ (OpenDC CubicPowerModel; CloudSim PowerModelCubic for u > 0). */
export function cubicPower(idleW: number, maxW: number): PowerModel {
  return idleMaxPower(idleW, maxW, (u) => u * u * u)
}

/** P(u) = P_idle + (P_max − P_idle)·√u (OpenDC SqrtPowerModel; CloudSim PowerModelSqrt for u > 0). */
export function sqrtPower(idleW: number, maxW: number): PowerModel {
  return idleMaxPower(idleW, maxW, Math.sqrt)
}

/**
 * P(u) = P_idle + (P_max − P_idle)·(2u − u^r), Fan, Weber, Barroso (ISCA 2007) eq. 2, the curve OpenDC's
 * MsePowerModel computes (PowerModels.java, `idlePower + factor * (2u − u^r) * 100`, factor = span/100).
 * r ∈ [1, 2] keeps it monotone from idle to max; r = 1 is the linear model
 * (docs/physics.md#server-power-models-specpower-table-linear-mse). OpenDC does not clamp u here; we clamp as for every other model.
 */
export function msePower(idleW: number, maxW: number, r: number): PowerModel {
  if (!(r >= 1 && r <= 2)) throw new Error(`the MSE calibration exponent r must be in [1, 2], got ${r}`)
  return idleMaxPower(idleW, maxW, (u) => 2 * u - pow(u, r))
}

/**
 * SPECpower_ssj2008 11-point table (active idle, 10 %, …, 100 %), linear between points as CloudSim's
 * PowerModelSpecPower and OpenDC's InterpolationPowerModel do; never rounded to an index (the CloudSim Plus
 * PowerModelHostSpec bug, docs/physics.md#server-power).
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

/** The published 11-point curve (W) of a sim/catalog/specpower.ts entry; throws for an unknown id. */
export function catalogCurveW(id: string): readonly number[] {
  const entry = specPowerEntry(id)
  if (!entry) throw new Error(`unknown SPECpower catalogue entry "${id}"`)
  return entry.curveW
}

/** Builds the model a scenario's `power` entry names (a `catalog` id is resolved to its published curve). */
export function powerModelFrom(spec: PowerModelSpec): PowerModel {
  switch (spec.kind) {
    case 'linear':
      return linearPower(spec.idleW, spec.maxW)
    case 'square':
      return squarePower(spec.idleW, spec.maxW)
    case 'cubic':
      return cubicPower(spec.idleW, spec.maxW)
    case 'sqrt':
      return sqrtPower(spec.idleW, spec.maxW)
    case 'mse':
      return msePower(spec.idleW, spec.maxW, spec.r)
    case 'specpower':
      if (spec.curveW) return specPower(spec.curveW)
      if (spec.catalog) return specPower(catalogCurveW(spec.catalog))
      throw new Error('a specpower model needs curveW or catalog')
  }
}

/**
 * 1 + perK·max(0, inletC − kneeC): the multiplier on P(u) at inlet `inletC` (°C), the recommended simple
 * model of docs/physics.md#server-power (perK = 0.004 /K, kneeC = 23 °C). Measured room-level sensitivity is 0.35–0.5 %
 * of server power per K for inlets of 23–30 °C (Swiss colocation data, arXiv 2025); the dc-rl bounds from
 * Sun et al. (Energy & Buildings 231, 2021) put CPU leakage alone at ≈ 0.17 %/K over 16–28 °C, the rest
 * being fans. No sensitivity gives 1.
 */
export function inletFactor(inletC: number, sensitivity?: InletSensitivity): number {
  if (!sensitivity) return 1
  // The measured slope holds within the envelopes servers are rated for; past A4's 45 °C fans are at full
  // speed, so the factor stops growing there (and the rack trips, see protection.ts).
  return 1 + sensitivity.perK * Math.max(0, Math.min(inletC, MAX_RATED_INLET_C) - sensitivity.kneeC)
}

/** ASHRAE A4's allowable maximum, the hottest inlet any air-cooled class is rated for, °C (docs/physics.md#ashrae-thermal-guidelines). */
export const MAX_RATED_INLET_C = ASHRAE_CLASSES.A4.maxC

/** A server model's power at utilisation and inlet: its `power` curve × inletFactor(`inletSensitivity`). */
export function serverPowerFrom(
  model: Pick<ServerModelSpec, 'power' | 'inletSensitivity'>,
): ServerPowerModel {
  const power = powerModelFrom(model.power)
  const sensitivity = model.inletSensitivity
  if (!sensitivity) return power
  return (u, inletC) => power(u) * (inletC === undefined ? 1 : inletFactor(inletC, sensitivity))
}

/**
 * The power step's call: one server's electrical power (W) at its rack's utilisation `u` and inlet `inletC`
 * (°C). Takes the World's `serverPower[s]` as it is typed today (a plain PowerModel is a ServerPowerModel).
 */
export function serverPowerW(model: ServerPowerModel, u: number, inletC: number): number {
  return model(u, inletC)
}

/**
 * Airflow through one server, m³/s: `airflowM3s`, or `airflowM3sPerKw` × the power at 100 % utilisation in kW
 * (docs/physics.md#rack-airflow-and-exhaust-temperature: 0.0828 m³/s per kW gives a 10 K rise with ρc_p = 1207 J/(m³·K)).
 */
export function modelAirflowM3s(
  model: Pick<ServerModelSpec, 'power' | 'airflowM3s' | 'airflowM3sPerKw'>,
): number {
  if (model.airflowM3s !== undefined) return model.airflowM3s
  if (model.airflowM3sPerKw === undefined)
    throw new Error('a server model needs airflowM3s or airflowM3sPerKw')
  return (model.airflowM3sPerKw * powerModelFrom(model.power)(1)) / 1000
}

/** Each rack's airflow at full fan speed, m³/s: the sum over its servers of modelAirflowM3s. */
export function rackAirflowsM3s(
  racks: readonly { servers: readonly { modelIndex: number }[] }[],
  models: readonly Pick<ServerModelSpec, 'power' | 'airflowM3s' | 'airflowM3sPerKw'>[],
): Float64Array {
  const perModelM3s = models.map(modelAirflowM3s)
  return Float64Array.from(racks, (rack) => rack.servers.reduce((v, s) => v + perModelM3s[s.modelIndex], 0))
}

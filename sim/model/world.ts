// World: the running state as structure-of-arrays typed arrays indexed by dense rack / unit / server ids.
import type { Scenario } from '../scenario/types.ts'
import type { PowerModel } from './serverPower.ts'

/** Running totals and integrals; energy accumulates before every rate change. */
export interface Totals {
  itW: number
  coolingW: number
  fanW: number
  compressorW: number
  upsLossW: number
  lightingW: number
  facilityW: number
  itEnergyJ: number
  facilityEnergyJ: number
  coolingEnergyJ: number
  peakItW: number
  maxInletEverC: number
  /** Simulated time up to which energy has been integrated, s. */
  integratedToS: number
}

export interface World {
  readonly scenario: Scenario
  readonly rackCount: number
  readonly unitCount: number
  readonly serverCount: number
  /** Per server: rack index and power model (shared per server model). */
  readonly serverRack: Uint32Array
  readonly serverPower: PowerModel[]
  readonly serverAirflowM3s: Float64Array
  /** Per rack. */
  readonly rackUtilization: Float64Array
  readonly rackPowerW: Float64Array
  readonly rackAirflowM3s: Float64Array
  readonly rackSupplyC: Float64Array
  readonly rackInletC: Float64Array
  readonly rackExhaustC: Float64Array
  /** Own-exhaust share of each rack's inlet air (leakage plus the row-end wrap). */
  readonly rackRecirculation: Float64Array
  /** Per cooling unit. */
  readonly unitRunning: Uint8Array
  readonly unitSetpointC: Float64Array
  readonly unitLoadW: Float64Array
  readonly unitSupplyC: Float64Array
  readonly unitReturnC: Float64Array
  readonly unitFanW: Float64Array
  readonly unitCompressorW: Float64Array
  /** Geometric influence of unit j on rack i at [i * unitCount + j] (before renormalising over running units). */
  readonly influence: Float64Array
  /** Multiplies workload utilisation (what-if "load grows by 20 %" = 1.2). */
  loadScale: number
  readonly totals: Totals
}

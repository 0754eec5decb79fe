// World: the running state as structure-of-arrays typed arrays indexed by dense rack / unit / server ids.
import type { Scenario } from '../scenario/types.ts'
import type { PowerModel } from './serverPower.ts'
import type { Recirculation } from './recirculation.ts'
import type { ZoneParams, ZoneState } from './zone.ts'
import type { ZonalRoom } from './zones/zonalRoom.ts'
import type { Electrical } from './electrical.ts'
import type { ConditionLog } from './conditionLog.ts'
import type { CoolingCondition } from './coolingRedundancy.ts'
import type { ThermalEvent } from './protection.ts'
import type { Plant, PlantPoint } from './plant/plantModel.ts'
import type { AuxiliaryDraw } from './plant/auxiliaries.ts'

/** Running totals and integrals; energy accumulates before every rate change. */
export interface Totals {
  itW: number
  coolingW: number
  fanW: number
  compressorW: number
  upsLossW: number
  pduLossW: number
  upsLossEnergyJ: number
  pduLossEnergyJ: number
  lightingW: number
  facilityW: number
  itEnergyJ: number
  facilityEnergyJ: number
  coolingEnergyJ: number
  /** Heat the coils removed, and heat released into the room, J: their gap is what the room stored. */
  heatRemovedJ: number
  heatReleasedJ: number
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
  readonly serverModelIndex: Uint16Array
  /** 0 for a server an autoscaler has switched off: it draws nothing. */
  readonly serverActive: Uint8Array
  readonly serverPower: PowerModel[]
  readonly serverAirflowM3s: Float64Array
  /** CPU utilisation of each server, 0..1: what workloads, schedulers and traces write. */
  readonly serverUtilization: Float64Array
  readonly rackServerCount: Uint32Array
  /** Per rack. */
  /** Mean utilisation of each rack's servers (derived by powerStep). */
  readonly rackUtilization: Float64Array
  readonly rackPowerW: Float64Array
  readonly rackAirflowM3s: Float64Array
  readonly rackSupplyC: Float64Array
  readonly rackInletC: Float64Array
  readonly rackExhaustC: Float64Array
  /** 1 while a rack's servers are shut down on inlet temperature. */
  readonly rackTripped: Uint8Array
  readonly thermalEvents: ThermalEvent[]
  /** Rack-to-rack recirculation from the layout (cross-interference solver). */
  readonly recirculation: Recirculation
  /** The room as air + equipment thermal masses; `zone` is its state, advanced exactly between events. */
  readonly zoneParams: ZoneParams
  zone: ZoneState
  /**
   * room.airZones 'perUnit': one air zone per cooling unit (zones/zonalRoom.ts); `zone` then holds their
   * capacity-weighted mean. Undefined for the one-zone room.
   */
  readonly zones?: ZonalRoom
  /** Heat released into the room air at the current rates (IT + unit fans + lighting), W. */
  heatInW: number
  /** Per cooling unit. */
  readonly unitRunning: Uint8Array
  readonly unitSetpointC: Float64Array
  readonly unitLoadW: Float64Array
  /** Supply air after the fan, °C (what the racks receive). */
  readonly unitSupplyC: Float64Array
  /**
   * Air leaving the coil, °C: the supply less the fan's rise for a draw-through fan
   * (docs/physics.md#fan-heat-and-the-air-side-first-law).
   */
  readonly unitCoilLeavingC: Float64Array
  readonly unitReturnC: Float64Array
  readonly unitFanW: Float64Array
  /** Fan speed (= airflow) as a share of rated, per unit; 0 when failed. */
  readonly unitFlowFraction: Float64Array
  readonly unitCompressorW: Float64Array
  /** Geometric influence of unit j on rack i at [i * unitCount + j] (before renormalising over running units). */
  readonly influence: Float64Array
  /** The power chain (or the single-UPS shorthand), its live state and its event log. */
  readonly electrical: Electrical
  /** Cooling redundancy lost and over capacity, active now and logged (coolingRedundancy.ts). */
  readonly coolingConditions: ConditionLog<CoolingCondition>
  /** The chilled-water plant behind the CRAHs and its latest operating point. */
  readonly plant: Plant
  plantPoint: PlantPoint
  /** Pumps, tower fans and UPS-room cooling: flows, draws and energies (plant/auxiliaries.ts). */
  readonly plantAuxiliaries: AuxiliaryDraw
  /** Multiplies workload utilisation (what-if "load grows by 20 %" = 1.2). */
  loadScale: number
  readonly totals: Totals
}

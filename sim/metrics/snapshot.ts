// The wire layout of a snapshot: one Float64Array, a header then per-rack and per-unit blocks; shared by worker and UI.
import type { World } from '../model/world.ts'
import { energyToJ, pueOf } from './kpis.ts'
import { coolingStateCode } from '../model/coolingRedundancy.ts'
import { airTemperatureRiseK } from '../model/air.ts'
import type { ClimateWatch } from './climateWatch.ts'
import type { EnvelopeState } from './ashraeEnvelope.ts'
import { upsLive } from '../model/powerChain/state.ts'

/** Header slots, in order. */
export const HEADER = {
  timeS: 0,
  itW: 1,
  coolingW: 2,
  facilityW: 3,
  upsLossW: 4,
  lightingW: 5,
  maxInletC: 6,
  itEnergyJ: 7,
  facilityEnergyJ: 8,
  eventsProcessed: 9,
  runningUnits: 10,
  /** Room (zone) air temperature, °C: what failed units and the airflow shortfall let reach the inlets. */
  roomAirC: 11,
  outdoorDryBulbC: 12,
  /** Share of CRAH heat the chillers carry (0 = full free cooling). */
  chillerFraction: 13,
  /** Power-chain conditions active now (overloads, lost redundancy, breakers over 80 %, over-subscribed, outages). */
  powerConditions: 14,
  pduLossW: 15,
  /** Cooling against its redundancy design: an index into COOLING_STATES (model/coolingRedundancy.ts). */
  coolingState: 16,
  /** Energy since the start up to now, J: with itEnergyJ and facilityEnergyJ they give PUE at both measurement
   * points and the partial PUEs exactly as the run report does (kpis.ts pueBreakdownOf). */
  upsLossEnergyJ: 17,
  pduLossEnergyJ: 18,
  coolingEnergyJ: 19,
  /**
   * Cooling power now by part, W, summing to coolingW: unit fans; the chillers' share of the CRAH coils and
   * the CRACs' compressors; pumps; tower fans; the UPS room's cooling (its DX unit or its chiller share).
   */
  unitFanW: 20,
  chillersAndCompressorsW: 21,
  chilledWaterPumpW: 22,
  condenserWaterPumpW: 23,
  towerFanW: 24,
  upsRoomCoolingW: 25,
  chilledWaterFlowM3s: 26,
  /** Cooling conditions (redundancy lost, over capacity) and rack-inlet climate conditions active now. */
  coolingConditions: 27,
  climateConditions: 28,
} as const
const HEADER_LENGTH = 29

/** A rack's ASHRAE envelope state as a snapshot carries it (rackEnvelope): an index into this list. */
export const ENVELOPE_STATES: readonly EnvelopeState[] = ['recommended', 'allowable', 'outside']

/** PUE right now, facility over IT power in a snapshot (not the energy-weighted mean of Kpis.pue); NaN at no IT load. */
export const pueNow = (frame: Float64Array): number => pueOf(frame[HEADER.facilityW], frame[HEADER.itW])

// Per-rack blocks, then per-unit blocks, each one value per instance, in this order.
const RACK_BLOCKS = [
  'rackInletC',
  'rackExhaustC',
  'rackPowerW',
  'rackUtilization',
  /** Inlet dew point, °C, and relative humidity at the inlet dry bulb, % (docs/physics.md#humidity-and-ashrae-classes). */
  'rackInletDewPointC',
  'rackInletRhPct',
  /** The inlet's ASHRAE envelope state: an index into ENVELOPE_STATES. */
  'rackEnvelope',
  /** 1 while the rack's servers are shut down on inlet temperature (model/protection.ts), else 0. */
  'rackTripped',
  /** Cords whose PDU and UPS are live (0, 1 or 2; NaN without a power chain): 0 means the rack has no power. */
  'rackLiveCords',
  /** Demand that found no live cord, W (0 without a power chain): what a rack without power would draw. */
  'rackUnservedW',
] as const
const UNIT_BLOCKS = [
  'unitLoadW',
  'unitSupplyC',
  'unitRunning',
  'unitPowerW',
  /** Return and coil-leaving air, °C, and the fan's temperature rise, K (docs/physics.md#fan-heat-and-the-air-side-first-law). */
  'unitReturnC',
  'unitCoilLeavingC',
  'unitFanRiseK',
  'unitSupplyDewPointC',
  /** Air of the unit's zone, °C (room.airZones 'perUnit'; NaN for the one-zone room). */
  'unitZoneAirC',
] as const
// Per PDU, then per UPS system of the power chain (none without one), in the scenario's order.
const PDU_BLOCKS = [
  /** 1 when the PDU and its UPS are live. */
  'pduEnergised',
  /** What the PDU delivers to its rack cords, W. */
  'pduOutputW',
] as const
const UPS_BLOCKS = [
  /** 1 while the UPS system is up with at least one module running. */
  'upsLive',
  /** What the UPS delivers to its PDUs (their inputs, losses included), W. */
  'upsOutputW',
] as const

/** Offsets of each block in a snapshot for a given world size. */
export type SnapshotLayout = {
  rackCount: number
  unitCount: number
  pduCount: number
  upsCount: number
  length: number
} & Record<
  | (typeof RACK_BLOCKS)[number]
  | (typeof UNIT_BLOCKS)[number]
  | (typeof PDU_BLOCKS)[number]
  | (typeof UPS_BLOCKS)[number],
  number
>

/** Block offsets for a world of this size; PDUs and UPS systems count 0 for a hall without a power chain. */
export function snapshotLayout(
  rackCount: number,
  unitCount: number,
  pduCount = 0,
  upsCount = 0,
): SnapshotLayout {
  const layout: Record<string, number> = { rackCount, unitCount, pduCount, upsCount }
  let at = HEADER_LENGTH
  for (const block of RACK_BLOCKS) [layout[block], at] = [at, at + rackCount]
  for (const block of UNIT_BLOCKS) [layout[block], at] = [at, at + unitCount]
  for (const block of PDU_BLOCKS) [layout[block], at] = [at, at + pduCount]
  for (const block of UPS_BLOCKS) [layout[block], at] = [at, at + upsCount]
  layout.length = at
  return layout as SnapshotLayout
}

/** Copies the world's current state into `out` (length ≥ layout.length). */
export function writeSnapshot(
  world: World,
  nowS: number,
  eventsProcessed: number,
  layout: SnapshotLayout,
  out: Float64Array,
  climate?: Readonly<ClimateWatch>,
): void {
  if (out.length < layout.length)
    throw new Error(`snapshot buffer holds ${out.length} values, needs ${layout.length}`)
  const t = world.totals
  out[HEADER.timeS] = nowS
  out[HEADER.itW] = t.itW
  out[HEADER.coolingW] = t.coolingW
  out[HEADER.facilityW] = t.facilityW
  out[HEADER.upsLossW] = t.upsLossW
  out[HEADER.lightingW] = t.lightingW
  const energy = energyToJ(world, nowS)
  out[HEADER.itEnergyJ] = energy.itJ
  out[HEADER.facilityEnergyJ] = energy.facilityJ
  out[HEADER.eventsProcessed] = eventsProcessed
  out[HEADER.roomAirC] = world.zone.airC
  out[HEADER.outdoorDryBulbC] = world.plantPoint.dryBulbC
  out[HEADER.chillerFraction] = world.plantPoint.chillerFraction
  out[HEADER.powerConditions] = world.electrical.conditions.length
  out[HEADER.pduLossW] = t.pduLossW
  out[HEADER.coolingState] = coolingStateCode(world.coolingConditions.conditions)
  out[HEADER.upsLossEnergyJ] = energy.upsLossJ
  out[HEADER.pduLossEnergyJ] = energy.pduLossJ
  out[HEADER.coolingEnergyJ] = energy.coolingJ
  const aux = world.plantAuxiliaries
  out[HEADER.unitFanW] = t.fanW
  out[HEADER.chillersAndCompressorsW] = t.compressorW
  out[HEADER.chilledWaterPumpW] = aux.chilledWaterPumpW
  out[HEADER.condenserWaterPumpW] = aux.condenserWaterPumpW
  out[HEADER.towerFanW] = aux.towerFanW
  out[HEADER.upsRoomCoolingW] = aux.upsRoomCoolingW
  out[HEADER.chilledWaterFlowM3s] = aux.chilledWaterFlowM3s
  out[HEADER.coolingConditions] = world.coolingConditions.conditions.length
  out[HEADER.climateConditions] = climate ? climate.conditions.conditions.length : 0
  writeClimate(world, layout, out, climate)
  writePowerState(world, layout, out)
  let maxInletC = -Infinity
  let running = 0
  for (let i = 0; i < world.rackCount; i++) {
    out[layout.rackInletC + i] = world.rackInletC[i]
    out[layout.rackExhaustC + i] = world.rackExhaustC[i]
    out[layout.rackPowerW + i] = world.rackPowerW[i]
    out[layout.rackUtilization + i] = world.rackUtilization[i]
    if (world.rackInletC[i] > maxInletC) maxInletC = world.rackInletC[i]
  }
  for (let j = 0; j < world.unitCount; j++) {
    out[layout.unitLoadW + j] = world.unitLoadW[j]
    out[layout.unitSupplyC + j] = world.unitSupplyC[j]
    out[layout.unitRunning + j] = world.unitRunning[j]
    out[layout.unitPowerW + j] = world.unitFanW[j] + world.unitCompressorW[j]
    out[layout.unitReturnC + j] = world.unitReturnC[j]
    out[layout.unitCoilLeavingC + j] = world.unitCoilLeavingC[j]
    const flowM3s = world.scenario.coolingUnits[j].airflowM3s * world.unitFlowFraction[j]
    out[layout.unitFanRiseK + j] = airTemperatureRiseK(world.unitFanW[j], flowM3s)
    out[layout.unitZoneAirC + j] = world.zones ? world.zones.state.airC[j] : NaN
    running += world.unitRunning[j]
  }
  out[HEADER.maxInletC] = maxInletC
  out[HEADER.runningUnits] = running
}

/**
 * Rack inlet dew point, RH and envelope state and each unit's supply dew point, as the climate watch judged them
 * at its last poll (every physics step); NaN without a watch or before its first poll.
 */
function writeClimate(
  world: World,
  layout: SnapshotLayout,
  out: Float64Array,
  climate: Readonly<ClimateWatch> | undefined,
): void {
  // Before the watch's first poll its arrays hold zeros, not a judgement: NaN says "not yet".
  const polled = climate !== undefined && !Number.isNaN(climate.humidity.roomRatio)
  const h = polled ? climate.humidity : undefined
  for (let i = 0; i < world.rackCount; i++) {
    out[layout.rackInletDewPointC + i] = h ? h.rackInletDewPointC[i] : NaN
    out[layout.rackInletRhPct + i] = h ? h.rackInletRhPct[i] : NaN
    out[layout.rackEnvelope + i] = polled ? ENVELOPE_STATES.indexOf(climate.rackState[i]) : NaN
  }
  for (let j = 0; j < world.unitCount; j++)
    out[layout.unitSupplyDewPointC + j] = h ? h.unitSupplyDewPointC[j] : NaN
}

/**
 * Each rack's trip flag and live cords, and the PDUs' and UPS systems' state and output, from the electrical
 * step's last flow: what the 3D marks and the one-line diagram draw (docs/views.md#what-the-snapshot-carries).
 */
function writePowerState(world: World, layout: SnapshotLayout, out: Float64Array): void {
  const { chain, state, flow } = world.electrical
  for (let i = 0; i < world.rackCount; i++) {
    out[layout.rackTripped + i] = world.rackTripped[i]
    if (!chain || !flow) {
      out[layout.rackLiveCords + i] = NaN
      out[layout.rackUnservedW + i] = 0
      continue
    }
    const b = chain.rackPduB[i]
    out[layout.rackLiveCords + i] = flow.pduEnergised[chain.rackPduA[i]] + (b >= 0 ? flow.pduEnergised[b] : 0)
    out[layout.rackUnservedW + i] = flow.rackUnservedW[i]
  }
  if (!chain || !state || !flow) return
  for (let p = 0; p < layout.pduCount; p++) {
    out[layout.pduEnergised + p] = flow.pduEnergised[p]
    out[layout.pduOutputW + p] = flow.pduOutputW[p]
  }
  for (let u = 0; u < layout.upsCount; u++) {
    out[layout.upsLive + u] = upsLive(state, u) ? 1 : 0
    out[layout.upsOutputW + u] = flow.upsOutputW[u]
  }
}

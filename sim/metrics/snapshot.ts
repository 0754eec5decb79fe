// The wire layout of a snapshot: one Float64Array, a header then per-rack and per-unit blocks; shared by worker and UI.
import type { World } from '../model/world.ts'
import { energyToJ, pueOf } from './kpis.ts'
import { coolingStateCode } from '../model/coolingRedundancy.ts'

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
} as const
const HEADER_LENGTH = 17

/** PUE right now, facility over IT power in a snapshot (not the energy-weighted mean of Kpis.pue); NaN at no IT load. */
export const pueNow = (frame: Float64Array): number => pueOf(frame[HEADER.facilityW], frame[HEADER.itW])

/** Offsets of each block in a snapshot for a given world size. */
export interface SnapshotLayout {
  rackCount: number
  unitCount: number
  rackInletC: number
  rackExhaustC: number
  rackPowerW: number
  rackUtilization: number
  unitLoadW: number
  unitSupplyC: number
  unitRunning: number
  unitPowerW: number
  length: number
}

export function snapshotLayout(rackCount: number, unitCount: number): SnapshotLayout {
  const rackInletC = HEADER_LENGTH
  const rackExhaustC = rackInletC + rackCount
  const rackPowerW = rackExhaustC + rackCount
  const rackUtilization = rackPowerW + rackCount
  const unitLoadW = rackUtilization + rackCount
  const unitSupplyC = unitLoadW + unitCount
  const unitRunning = unitSupplyC + unitCount
  const unitPowerW = unitRunning + unitCount
  const length = unitPowerW + unitCount
  return {
    rackCount,
    unitCount,
    rackInletC,
    rackExhaustC,
    rackPowerW,
    rackUtilization,
    unitLoadW,
    unitSupplyC,
    unitRunning,
    unitPowerW,
    length,
  }
}

/** Copies the world's current state into `out` (length ≥ layout.length). */
export function writeSnapshot(
  world: World,
  nowS: number,
  eventsProcessed: number,
  layout: SnapshotLayout,
  out: Float64Array,
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
    running += world.unitRunning[j]
  }
  out[HEADER.maxInletC] = maxInletC
  out[HEADER.runningUnits] = running
}

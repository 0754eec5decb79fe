// advanceContinuous: carries the continuous state (room thermal masses, energy integrals) from the last event to now.
import type { World } from './world.ts'
import { coilLines } from './cooling.ts'
import { advanceZone, steadyAirC } from './zone.ts'
import { bookAuxiliaries } from './plant/auxiliaries.ts'
import { advanceZonalRoom, settleZonalRoom } from './zones/zonalRoom.ts'

/**
 * Between events every rate is constant, so the zone advances exactly (advanceZone) and electrical energy is
 * rate × time. Heat the coils removed follows from the balance Q_in·Δt − C_a·ΔT_a − C_m·ΔT_m; compressor energy
 * scales it by the compressor power per watt removed at the start of the interval (CoP barely moves within one
 * physics tick). Call before anything changes a rate.
 */
export function advanceContinuous(world: World, nowS: number): void {
  const t = world.totals
  const dtS = nowS - t.integratedToS
  if (dtS < 0) throw new Error(`time went backwards: ${t.integratedToS} s → ${nowS} s`)
  if (dtS === 0) return
  const p = world.zoneParams
  const before = world.zone
  // With zones (room.airZones 'perUnit') each zone advances and world.zone becomes their mean (docs/physics.md#zones-of-influence).
  const zones = world.zones
  const after = zones ? before : advanceZone(before, p, world.heatInW, coilLines(world), dtS)
  const storedJ = zones
    ? advanceZonalRoom(world, zones, dtS)
    : p.airJK * (after.airC - before.airC) + p.massJK * (after.massC - before.massC)
  const releasedJ = world.heatInW * dtS
  const removedJ = releasedJ - storedJ
  let removedW = 0
  for (let j = 0; j < world.unitCount; j++) removedW += world.unitLoadW[j]
  const compressorJ = removedW > 0 ? (removedJ * t.compressorW) / removedW : 0
  // Pumps, tower fans and UPS-room cooling at their held rates (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
  const coolingJ = t.fanW * dtS + compressorJ + bookAuxiliaries(world.plantAuxiliaries, dtS)
  t.itEnergyJ += t.itW * dtS
  t.coolingEnergyJ += coolingJ
  t.facilityEnergyJ += (t.itW + t.upsLossW + t.pduLossW + t.lightingW) * dtS + coolingJ
  t.upsLossEnergyJ += t.upsLossW * dtS
  t.pduLossEnergyJ += t.pduLossW * dtS
  t.heatReleasedJ += releasedJ
  t.heatRemovedJ += removedJ
  t.integratedToS = nowS
  if (!zones) world.zone = after
}

/** Puts the room at the steady state of the current heat input (or at the coils' limit if they cannot hold it). */
export function settleZone(world: World): void {
  const coils = coilLines(world)
  let fanW = 0
  for (let j = 0; j < world.unitCount; j++) fanW += world.unitFanW[j]
  const heatInW = world.totals.itW + fanW + world.totals.lightingW + world.totals.pduLossW
  const airC = coils.length > 0 ? steadyAirC(heatInW, coils) : world.zone.airC
  world.zone = { airC, massC: airC }
  if (world.zones) settleZonalRoom(world, world.zones, airC)
}

// plantStep: the chilled-water plant behind the CRAH coils and the UPS room, and what its auxiliaries draw.
// Derivation: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import type { World } from '../world.ts'
import { plantPoint } from './plantModel.ts'
import { airSideConditions } from './economiserChoice.ts'
import { auxiliaryStep } from './auxiliaries.ts'
import { economiserKind } from './plantSpec.ts'

/**
 * The UPS losses heat their own room (PDUs stand in the hall, so theirs reach the CRAHs). A DX unit removes
 * them at its COP; on chilled water they join the CRAH coil load. The chiller (economiser first) meets that
 * load; each CRAH carries the chiller's power in proportion to its coil load, the UPS room its own share.
 * Pumps and tower fans follow the chilled-water load and the heat rejected: all of it behind a water-side
 * economiser (the plate exchanger is on the same loop), the chiller's share behind an air-side one (outdoor air
 * carries the rest out of the hall without touching the water). Call after the coil loads are set.
 */
export function plantStep(world: World, crahLoadW: number, epochS: number): void {
  const { plant, scenario } = world
  const upsLossW = world.totals.upsLossW
  const upsRoom = plant.spec.upsRoomCooling
  const upsOnChilledWaterW = upsRoom.kind === 'chilledWater' ? upsLossW : 0
  const chwLoadW = crahLoadW + upsOnChilledWaterW
  world.plantPoint = plantPoint(plant, chwLoadW, epochS, airSideConditions(world))
  const { chillerW } = world.plantPoint
  const shareW = (loadW: number) => (chwLoadW > 0 ? (chillerW * loadW) / chwLoadW : 0)
  for (let j = 0; j < world.unitCount; j++)
    if (scenario.coolingUnits[j].type === 'crah') world.unitCompressorW[j] = shareW(world.unitLoadW[j])
  const airSide = economiserKind(plant.spec) === 'airSide'
  auxiliaryStep(world.plantAuxiliaries, plant.spec, plant.auxiliaries, {
    chwLoadW: airSide ? chwLoadW * world.plantPoint.chillerFraction : chwLoadW,
    chillerW,
    upsRoomHeatW: upsLossW,
    upsRoomCoolingW: upsRoom.kind === 'dx' ? upsLossW / upsRoom.cop : shareW(upsOnChilledWaterW),
  })
}

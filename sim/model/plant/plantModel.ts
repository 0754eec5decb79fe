// The chilled-water plant behind the CRAHs: outdoor conditions → economiser share → chiller electrical power.
import type { PlantSpec } from './plantSpec.ts'
import {
  createEirChiller,
  DOE2_CENTRIFUGAL_5_50COP,
  airCooledCondenserC,
  waterCooledCondenserC,
} from './chiller.ts'
import type { Chiller } from './chiller.ts'
import { economiserMode } from './economiser.ts'
import { economiserParams, type AirSideConditions } from './economiserChoice.ts'
import { dewPointFromHumidityRatio, humidityRatioFromWetBulb } from '../humidity/psychrometrics.ts'
import { syntheticDryBulbC } from './outdoor.ts'
import { auxiliaryDesign } from './auxiliaries.ts'
import type { AuxiliaryDesign } from './auxiliaries.ts'

export interface Plant {
  readonly spec: PlantSpec
  readonly chiller: Chiller
  /** Pumps and tower sized for the chiller's reference capacity (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories). */
  readonly auxiliaries: AuxiliaryDesign
}

export interface PlantPoint {
  dryBulbC: number
  wetBulbC: number
  /** Share of the load the chiller carries (1 − free cooling), 0..1. */
  chillerFraction: number
  /** Chiller electrical power for the given load, W. */
  chillerW: number
}

/** Builds the DOE-2 centrifugal chiller (COP 5.5 at 6.67 °C / 29.4 °C, docs/physics.md#chiller) sized to the plant. */
export function createPlant(spec: PlantSpec, crahCapacityW: number): Plant {
  const refCapacityW = spec.chillerCapacityKw ? spec.chillerCapacityKw * 1000 : Math.max(crahCapacityW, 1)
  return {
    spec,
    chiller: createEirChiller({ ...DOE2_CENTRIFUGAL_5_50COP, refCapacityW }),
    auxiliaries: auxiliaryDesign(spec, refCapacityW, DOE2_CENTRIFUGAL_5_50COP.refCop),
  }
}

/** Outdoor dry and wet bulb at Unix time `epochS`, °C (a synthetic year keyed to the calendar year of epochS). */
export function outdoorAt(spec: PlantSpec, epochS: number): { dryBulbC: number; wetBulbC: number } {
  const o = spec.outdoor
  if (o.kind === 'constant') return { dryBulbC: o.dryBulbC, wetBulbC: o.wetBulbC ?? o.dryBulbC }
  const yearStartS = Date.UTC(new Date(epochS * 1000).getUTCFullYear(), 0, 1) / 1000
  const dryBulbC = syntheticDryBulbC(o, (epochS - yearStartS) / 3600)
  return { dryBulbC, wetBulbC: dryBulbC - o.wetBulbDepressionK }
}

/**
 * Chiller power to remove `loadW` from the chilled water at `epochS`: the water-side economiser (tower +
 * plate exchanger) carries what it can (docs/physics.md#water-side-economiser), the chiller the rest at its EIR-model COP with the
 * condenser at wet bulb + tower approach (water) or dry bulb + offset (air).
 */
export function plantPoint(plant: Plant, loadW: number, epochS: number, air?: AirSideConditions): PlantPoint {
  const { spec, chiller } = plant
  const { dryBulbC, wetBulbC } = outdoorAt(spec, epochS)
  // The air side (outdoor air into the CRAHs, `air` from airSideConditions) or the water side:
  // docs/physics.md#air-side-economiser.
  const economiser = economiserParams(spec, air)
  const dewPointC = dewPointFromHumidityRatio(humidityRatioFromWetBulb(dryBulbC, wetBulbC))
  const chillerFraction = economiser
    ? economiserMode(economiser, dryBulbC, wetBulbC, dewPointC).chillerFraction
    : 1
  const condC = spec.condenser === 'water' ? waterCooledCondenserC(wetBulbC) : airCooledCondenserC(dryBulbC)
  const chillerW =
    chillerFraction > 0 ? chiller.powerW(loadW * chillerFraction, spec.chilledWaterC, condC) : 0
  return { dryBulbC, wetBulbC, chillerFraction, chillerW }
}

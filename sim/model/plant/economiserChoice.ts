// Which economiser a plant runs and with what conditions: water side from the plant spec, air side from the
// running CRAHs' setpoints, return air and fan heat (docs/physics.md#air-side-economiser).
import { AIR_HEAT_CAPACITY_J_M3K } from '../air.ts'
import type { World } from '../world.ts'
import type { EconomiserParams, WaterSideEconomiser } from './economiser.ts'
import { economiserKind, type PlantSpec } from './plantSpec.ts'

/** What an air-side economiser needs from the hall, °C and K. */
export interface AirSideConditions {
  /** Supply air the CRAHs hold (after their fans). */
  supplySetpointC: number
  /** Air returning to them from the room. */
  returnC: number
  /** Fan heat between the outdoor-air damper and the supply. */
  fanRiseK: number
}

/** The water-side economiser as plantPoint runs it: tower + plate exchanger ahead of the chiller. */
function waterSideOf(spec: PlantSpec): WaterSideEconomiser {
  return { kind: 'water', chwSetpointC: spec.chilledWaterC, chwReturnC: spec.chilledWaterReturnC }
}

/**
 * The economiser parameters of `spec` (undefined: none runs). The air side runs on the hall's conditions
 * (`airSideConditions`); without them (a hall with no CRAH) there is no air to economise on.
 */
export function economiserParams(spec: PlantSpec, air?: AirSideConditions): EconomiserParams | undefined {
  const kind = economiserKind(spec)
  if (kind === 'waterSide') return waterSideOf(spec)
  return kind === 'airSide' && air ? { kind: 'air', ...air } : undefined
}

/**
 * The CRAHs' conditions now, weighted by airflow over the running ones (all of them when none runs): supply
 * setpoint, return air and the fan's rise ΔT = P_fan / (ρ·c_p·V̇). Only CRAHs take outdoor air; CRACs stay
 * on their compressors. Undefined for a hall without CRAHs.
 */
export function airSideConditions(world: World): AirSideConditions | undefined {
  const { scenario, unitCount } = world
  const anyRunning = scenario.coolingUnits.some((u, j) => u.type === 'crah' && world.unitRunning[j])
  let flowM3s = 0
  let setpoint = 0
  let ret = 0
  let fanW = 0
  for (let j = 0; j < unitCount; j++) {
    const unit = scenario.coolingUnits[j]
    if (unit.type !== 'crah' || (anyRunning && !world.unitRunning[j])) continue
    const m3s = unit.airflowM3s * (anyRunning ? world.unitFlowFraction[j] : 1)
    flowM3s += m3s
    setpoint += m3s * world.unitSetpointC[j]
    ret += m3s * world.unitReturnC[j]
    fanW += world.unitFanW[j]
  }
  if (flowM3s === 0) return undefined
  return {
    supplySetpointC: setpoint / flowM3s,
    returnC: ret / flowM3s,
    fanRiseK: fanW / (AIR_HEAT_CAPACITY_J_M3K * flowM3s),
  }
}

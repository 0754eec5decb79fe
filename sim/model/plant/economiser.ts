// Economiser (free cooling) mode per outdoor sample and the hourly bin method over a series (docs/physics.md#water-side-economiser;
// the air side: docs/physics.md#air-side-economiser).
import { AIR_HEAT_CAPACITY_J_M3K } from '../air.ts'
import { ASHRAE_CLASSES } from '../../metrics/ashrae.ts'
import { DEFAULT_TOWER_APPROACH_K, waterCooledCondenserC } from './chiller.ts'
import type { OutdoorSeries } from './outdoor.ts'
import { dewPointFromHumidityRatio, humidityRatioFromWetBulb } from '../humidity/psychrometrics.ts'

export type EconomiserMode = 'full' | 'partial' | 'mechanical'

/**
 * Supply-air temperature rise across the fan, K, when none is given: all of the EnergyPlus data-centre example's
 * fan power heats its air (486 Pa / (0.7 · ρc_p) = 0.58 K; motor in airstream, docs/physics.md#cooling-units-and-fans).
 */
export const DEFAULT_FAN_RISE_K = 486 / (0.7 * AIR_HEAT_CAPACITY_J_M3K)
/** Plate heat-exchanger approach when none is given, K: middle of the typical 1–2 K (docs/physics.md#water-side-economiser, assumption). */
export const DEFAULT_HX_APPROACH_K = 1.5
/** ASHRAE recommended dew-point band for supply air, °C (docs/physics.md#ashrae-thermal-guidelines). */
export const RECOMMENDED_DEW_POINT_C: readonly [number, number] = [
  ASHRAE_CLASSES.recommended.minDewPointC,
  ASHRAE_CLASSES.recommended.maxDewPointC,
]

/** Outdoor air above this dry bulb is not let in, °C: the recommended maximum supply (27 °C; Table 2-1). */
const DEFAULT_AIR_HIGH_LIMIT_C = ASHRAE_CLASSES.recommended.maxC

/** Outside air mixed into the supply (direct air-side economiser). */
export interface AirSideEconomiser {
  kind: 'air'
  /** Supply air delivered to the room, °C. */
  supplySetpointC: number
  /** Air returning from the room, °C. */
  returnC: number
  /** Fan heat between coil and room, K; default DEFAULT_FAN_RISE_K. */
  fanRiseK?: number
  /** Outdoor dew points outside this band lock the economiser out, °C; default the ASHRAE recommended band. */
  dewPointRangeC?: readonly [number, number]
  /** Outdoor dry bulb above which the dampers close (fixed dry-bulb high limit), °C; default 27 °C. */
  highLimitC?: number
}

/** Cooling-tower water through a plate heat exchanger in series ahead of the chiller (water-side economiser). */
export interface WaterSideEconomiser {
  kind: 'water'
  /** Chilled-water supply setpoint, °C. */
  chwSetpointC: number
  /** Chilled water returning from the coils, °C. */
  chwReturnC: number
  /** Tower approach to wet bulb, K; default DEFAULT_TOWER_APPROACH_K (4 K, assumption). */
  towerApproachK?: number
  /** Heat-exchanger approach, K; default DEFAULT_HX_APPROACH_K (1.5 K, assumption). */
  hxApproachK?: number
}

export type EconomiserParams = AirSideEconomiser | WaterSideEconomiser

export interface EconomiserState {
  mode: EconomiserMode
  /** Share of the cooling load left to the chiller/compressor, 0..1. */
  chillerFraction: number
}

const FULL: EconomiserState = { mode: 'full', chillerFraction: 0 }
const MECHANICAL: EconomiserState = { mode: 'mechanical', chillerFraction: 1 }

// Free cooling brings the medium from `hotC` down to `freeC`; the chiller does the rest down to `coldC`.
function split(freeC: number, coldC: number, hotC: number): EconomiserState {
  if (freeC <= coldC) return FULL
  if (freeC >= hotC) return MECHANICAL
  return { mode: 'partial', chillerFraction: (freeC - coldC) / (hotC - coldC) }
}

/**
 * Mode for one outdoor sample (°C). Air side: the coil must deliver supply − fan rise; outdoor air at or below
 * that is full free cooling (mixed with return air down to it), below the return and the high limit it
 * pre-cools (100 % outdoor air, the coil trims the rest), else mechanical; a dew point outside the band (when
 * known) locks the economiser out. Water side: the tower and
 * exchanger deliver T_wb + a_tower + a_HX; at or below the chilled-water setpoint that is full, below the return
 * it pre-cools the return water in series, else mechanical. Without a wet bulb the dry bulb stands in, which
 * never overstates free cooling (T_wb ≤ T_db).
 */
export function economiserMode(
  params: EconomiserParams,
  dryBulbC: number,
  wetBulbC?: number,
  dewPointC?: number,
): EconomiserState {
  if (params.kind === 'air') {
    const [dewMinC, dewMaxC] = params.dewPointRangeC ?? RECOMMENDED_DEW_POINT_C
    if (dewPointC !== undefined && (dewPointC < dewMinC || dewPointC > dewMaxC)) return MECHANICAL
    if (dryBulbC > (params.highLimitC ?? DEFAULT_AIR_HIGH_LIMIT_C)) return MECHANICAL
    const coilC = params.supplySetpointC - (params.fanRiseK ?? DEFAULT_FAN_RISE_K)
    return split(dryBulbC, coilC, params.returnC)
  }
  const towerC = waterCooledCondenserC(
    wetBulbC ?? dryBulbC,
    params.towerApproachK ?? DEFAULT_TOWER_APPROACH_K,
  )
  return split(towerC + (params.hxApproachK ?? DEFAULT_HX_APPROACH_K), params.chwSetpointC, params.chwReturnC)
}

export interface EconomiserHours {
  fullH: number
  partialH: number
  mechanicalH: number
  /** Σ chiller fraction · hours: the hours of fully mechanical cooling the year is equivalent to. */
  chillerEquivalentH: number
}

/** Hourly bin method: each sample stands for `stepH` hours (1 for hourly weather such as TMY/EPW). */
export function economiserHours(series: OutdoorSeries, params: EconomiserParams, stepH = 1): EconomiserHours {
  const out: EconomiserHours = { fullH: 0, partialH: 0, mechanicalH: 0, chillerEquivalentH: 0 }
  for (let h = 0; h < series.dryBulbC.length; h++) {
    const dryBulbC = series.dryBulbC[h]
    const wetBulbC = series.wetBulbC?.[h]
    // The air side's dew-point lockout needs a dew point: from the wet bulb when the series has none.
    const dewPointC =
      series.dewPointC?.[h] ??
      (wetBulbC === undefined || params.kind === 'water'
        ? undefined
        : dewPointFromHumidityRatio(humidityRatioFromWetBulb(dryBulbC, wetBulbC)))
    const state = economiserMode(params, dryBulbC, wetBulbC, dewPointC)
    if (state.mode === 'full') out.fullH += stepH
    else if (state.mode === 'partial') out.partialH += stepH
    else out.mechanicalH += stepH
    out.chillerEquivalentH += state.chillerFraction * stepH
  }
  return out
}

// Electric chiller: the DOE-2 / EnergyPlus Chiller:Electric:EIR model with its public curve sets (docs/physics.md#chiller).

/** a + b·x + c·x² + d·y + e·y² + f·x·y, x = leaving chilled water °C, y = entering condenser fluid °C. */
export type Biquadratic = readonly [number, number, number, number, number, number]
/** a + b·PLR + c·PLR². */
export type Quadratic = readonly [number, number, number]

/** Everything Chiller:Electric:EIR needs, in its own terms. */
export interface EirChillerParams {
  /** Cooling capacity at the reference temperatures, W. */
  refCapacityW: number
  /** COP at the reference temperatures and full load, W/W. */
  refCop: number
  /** Capacity modifier CAPFT(T_chw, T_cond). */
  capFT: Biquadratic
  /** Energy-input-ratio modifier EIRFT(T_chw, T_cond). */
  eirFT: Biquadratic
  /** Energy-input-ratio modifier EIRFPLR(PLR). */
  eirFPLR: Quadratic
  /** Below this part-load ratio the compressor cycles on and off. */
  minPlr: number
  /** Below this part-load ratio the compressor cannot unload further (hot-gas bypass false-loads it). */
  minUnloadRatio: number
  /** Upper bound on the part-load ratio. */
  maxPlr: number
  /** Curve validity range of the leaving chilled water, °C: inputs are clamped to it, as EnergyPlus does. */
  chwRangeC: readonly [number, number]
  /** Curve validity range of the entering condenser fluid, °C (clamped likewise). */
  condRangeC: readonly [number, number]
}

/**
 * "DOE-2 Centrifugal/5.50COP" (DOE-2.1E generic centrifugal; Modelica Buildings Library record
 * Buildings.Fluid.Chillers.Data.ElectricEIR.DOE_2_Centrifugal_5_50COP, mirroring the EnergyPlus object;
 * docs/physics.md#chiller). Reference 6.67 °C chilled water leaving, 29.4 °C condenser water entering.
 * Pass a capacity: the record autosizes it.
 */
export const DOE2_CENTRIFUGAL_5_50COP: Omit<EirChillerParams, 'refCapacityW'> = {
  refCop: 5.5,
  capFT: [0.257896, 0.0389016, -0.00021708, 0.0468684, -0.00094284, -0.00034344],
  eirFT: [0.933884, -0.058212, 0.00450036, 0.00243, 0.000486, -0.001215],
  eirFPLR: [0.222903, 0.313387, 0.46371],
  minPlr: 0.1,
  minUnloadRatio: 0.2,
  maxPlr: 1,
  chwRangeC: [5, 10],
  condRangeC: [24, 35],
}

/** A chiller at a given chilled-water leaving and condenser entering temperature (°C). */
export interface Chiller {
  /** Electrical input, W, to meet `loadW` (capped at capacity·maxPlr; the caller sees any shortfall). */
  powerW(loadW: number, chwLeavingC: number, condEnteringC: number): number
  /** Available cooling capacity Q_ref·CAPFT, W. */
  capacityW(chwLeavingC: number, condEnteringC: number): number
  /** Heat removed per W of input at `loadW`; 0 at no load. Full load: COP_ref / EIRFT. */
  cop(loadW: number, chwLeavingC: number, condEnteringC: number): number
}

const biquadratic = (k: Biquadratic, x: number, y: number) =>
  k[0] + x * (k[1] + x * k[2]) + y * (k[3] + y * k[4]) + k[5] * x * y
const clamp = (v: number, [lo, hi]: readonly [number, number]) => (v < lo ? lo : v > hi ? hi : v)

/**
 * EnergyPlus Chiller:Electric:EIR (Engineering Reference, "Electric Chiller Model Based on Condenser Entering
 * Temperature"), written as the Buildings Library's ElectricEIR does, without its smoothing:
 * Q_avail = Q_ref·CAPFT; PLR = min(Q/Q_avail, PLR_max); cycling ratio CR = min(PLR/PLR_min, 1);
 * P = Q_avail/COP_ref · EIRFT · EIRFPLR(max(PLR, PLR_minUnload)) · CR.
 * Hence COP = PLR·COP_ref / (EIRFT·EIRFPLR) above the minimum unloading ratio, independent of CAPFT.
 */
export function createEirChiller(params: EirChillerParams): Chiller {
  const { refCapacityW, refCop, capFT, eirFT, eirFPLR, minPlr, minUnloadRatio, maxPlr } = params
  const capacityW = (chwC: number, condC: number) =>
    refCapacityW *
    Math.max(0, biquadratic(capFT, clamp(chwC, params.chwRangeC), clamp(condC, params.condRangeC)))
  const servedW = (loadW: number, availW: number) => Math.min(Math.max(loadW, 0), availW * maxPlr)
  const powerW = (loadW: number, chwC: number, condC: number) => {
    const availW = capacityW(chwC, condC)
    if (availW <= 0 || loadW <= 0) return 0
    const plr = servedW(loadW, availW) / availW
    const cyclingRatio = Math.min(plr / minPlr, 1)
    const unloaded = Math.max(plr, minUnloadRatio)
    const eirPlr = eirFPLR[0] + unloaded * (eirFPLR[1] + unloaded * eirFPLR[2])
    const eirT = biquadratic(eirFT, clamp(chwC, params.chwRangeC), clamp(condC, params.condRangeC))
    return (availW / refCop) * eirT * eirPlr * cyclingRatio
  }
  return {
    powerW,
    capacityW,
    cop(loadW, chwC, condC) {
      const inputW = powerW(loadW, chwC, condC)
      return inputW > 0 ? servedW(loadW, capacityW(chwC, condC)) / inputW : 0
    },
  }
}

/** Cooling-tower approach used when none is given, K: middle of the typical 3–5 K (docs/physics.md#chiller, assumption). */
export const DEFAULT_TOWER_APPROACH_K = 4
/** Air-cooled condensing offset above outdoor dry bulb, K: middle of 8–12 K (docs/physics.md#chiller, assumption). */
export const DEFAULT_AIR_COOLED_OFFSET_K = 10

/** Water-cooled: condenser water enters at the tower's leaving temperature, T_wb + approach (°C). */
export function waterCooledCondenserC(wetBulbC: number, towerApproachK = DEFAULT_TOWER_APPROACH_K): number {
  return wetBulbC + towerApproachK
}

/**
 * Air-cooled: an equivalent condenser entering temperature, outdoor dry bulb + offset (°C), so a water-cooled
 * curve set such as DOE-2 Centrifugal can stand in. EnergyPlus's own air-cooled curve sets take the dry bulb as is.
 */
export function airCooledCondenserC(dryBulbC: number, offsetK = DEFAULT_AIR_COOLED_OFFSET_K): number {
  return dryBulbC + offsetK
}

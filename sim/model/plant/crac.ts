// CRAC coefficient of performance vs supply-air and outdoor temperature: HP Labs curve, EnergyPlus DX table.
import { mooreCop } from '../coolingCop.ts'

/**
 * Coefficient of performance, W of heat removed per W of electrical power, at supply-air temperature `supplyC`
 * (°C) and outdoor dry bulb `outdoorC` (°C). Each factory says which of the two it actually uses.
 */
export type CracCopModel = (supplyC: number, outdoorC: number) => number

/**
 * HP Labs chilled-water CRAC curve (Moore et al., USENIX ATC 2005; physics.md §3.3 [V2]):
 * CoP = 0.0068·T² + 0.0008·T + 0.458 in the supply temperature only. The outdoor temperature is ignored
 * because the curve was fitted at one site whose condensing conditions are baked in; it is a whole-chain
 * black box, pessimistic at low supply temperature (CoP 2.0 at 15 °C), valid for roughly 10–30 °C.
 */
export function mooreCrac(): CracCopModel {
  return (supplyC) => mooreCop(supplyC)
}

/** A DX unit's rated COP and its energy-input-ratio modifier (EIR / EIR_rated) tabulated on outdoor dry bulb. */
export interface OutdoorEirTable {
  /** COP at the rated point, where the modifier is 1 (W/W). */
  ratedCop: number
  /** Strictly increasing outdoor dry-bulb breakpoints, °C. */
  outdoorC: readonly number[]
  /** EIR modifier at each breakpoint (dimensionless). */
  eirRatio: readonly number[]
}

/**
 * Liebert DSE 125 with pumped-refrigerant economiser, from EnergyPlus
 * testfiles/1ZoneDataCenterCRAC_wPumpedDXCoolingCoil.idf (NREL/EnergyPlus @ 0179f5cc, the file physics.md §3.1
 * cites; the table itself is not quoted there): Coil:Cooling:DX:SingleSpeed "Main Cooling Coil 1", gross rated
 * COP 4.5669, EIR modifier "Liebert Econophase EIR Func T". The idf tabulates it on (entering wet bulb, outdoor
 * dry bulb) with identical rows for both wet bulbs, so only the outdoor column matters. The breakpoints are
 * whole °F (95 °F = 34.89 °C is the rating point); below ≈ 4 °C the compressor is off and only the refrigerant
 * pump runs, hence modifiers of 0.042–0.084. The COP excludes the indoor fan (model that with fan.ts).
 */
export const LIEBERT_DSE_PUMPED_DX: OutdoorEirTable = {
  ratedCop: 4.5669,
  outdoorC: [
    -50, -4, -1.2222, 1.5555, 4.3333, 7.1111, 9.8888, 12.6667, 15.4444, 18.222, 21, 23.77778, 26.55556,
    29.33333, 32.11111, 34.88889, 50,
  ],
  eirRatio: [
    0.042, 0.042, 0.084, 0.084, 0.2269, 0.2395, 0.311, 0.3697, 0.4454, 0.5462, 0.6723, 0.7227, 0.7773, 0.8193,
    0.895, 1, 1.5,
  ],
}

/**
 * COP = ratedCop / modifier(outdoorC), with the modifier linear between breakpoints and held constant outside
 * them (EnergyPlus Table:Lookup with Linear interpolation and Constant extrapolation). Supply temperature is
 * ignored: the tables this takes have no dependence on it. Full load at rated airflow (the idf's flow and
 * part-load modifiers are 1 there).
 */
export function outdoorEirCrac(table: OutdoorEirTable = LIEBERT_DSE_PUMPED_DX): CracCopModel {
  const xs = Float64Array.from(table.outdoorC)
  const ys = Float64Array.from(table.eirRatio)
  if (xs.length < 2 || xs.length !== ys.length)
    throw new Error(
      `an EIR table needs ≥ 2 matching points, got ${xs.length} temperatures, ${ys.length} ratios`,
    )
  for (let i = 1; i < xs.length; i++)
    if (!(xs[i] > xs[i - 1])) throw new Error(`EIR table temperatures must increase (index ${i})`)
  const last = xs.length - 1
  return (_supplyC, outdoorC) => {
    if (outdoorC <= xs[0]) return table.ratedCop / ys[0]
    if (outdoorC >= xs[last]) return table.ratedCop / ys[last]
    let i = 1
    while (xs[i] < outdoorC) i++
    const ratio = ys[i - 1] + ((outdoorC - xs[i - 1]) / (xs[i] - xs[i - 1])) * (ys[i] - ys[i - 1])
    return table.ratedCop / ratio
  }
}

// Economiser hours of a run's report: hourly bins over an outdoor series or the scenario's own weather, for the
// plant's economiser (water side, or air side on the CRAHs' conditions; docs/physics.md#air-side-economiser).
import type { OutdoorSeries } from '../model/plant/outdoor.ts'
import { economiserHours, type EconomiserHours } from '../model/plant/economiser.ts'
import { outdoorAt } from '../model/plant/plantModel.ts'
import { economiserParams, type AirSideConditions } from '../model/plant/economiserChoice.ts'
import type { PlantSpec } from '../model/plant/plantSpec.ts'

/**
 * Economiser hours over `series`, each sample standing for `stepH` h (default: the mean spacing of its
 * timestamps, 1 h for a single sample); all mechanical when the plant has no economiser.
 */
export function seriesEconomiserHours(
  spec: PlantSpec,
  series: OutdoorSeries,
  stepH?: number,
  air?: AirSideConditions,
): EconomiserHours {
  const n = series.timeS.length
  stepH ??= n > 1 ? (series.timeS[n - 1] - series.timeS[0]) / (n - 1) / 3600 : 1
  const params = economiserParams(spec, air) // the air side on the CRAHs' conditions now
  if (params) return economiserHours(series, params, stepH)
  return { fullH: 0, partialH: 0, mechanicalH: n * stepH, chillerEquivalentH: n * stepH }
}

/**
 * Economiser hours over `durationS` from `startEpochS`: hourly bins of the plant's own outdoor spec sampled
 * at each hour's start; a last part-hour counts for its fraction, so the modes sum to durationS / 3600.
 */
export function scenarioEconomiserHours(
  spec: PlantSpec,
  startEpochS: number,
  durationS: number,
  air?: AirSideConditions,
) {
  const sample = (fromH: number, count: number): OutdoorSeries => {
    const timeS = Float64Array.from({ length: count }, (_, h) => startEpochS + (fromH + h) * 3600)
    const points = Array.from(timeS, (epochS) => outdoorAt(spec, epochS))
    const dryBulbC = Float64Array.from(points, (p) => p.dryBulbC)
    return { timeS, dryBulbC, wetBulbC: Float64Array.from(points, (p) => p.wetBulbC) }
  }
  const wholeH = Math.floor(durationS / 3600)
  const restH = durationS / 3600 - wholeH
  const hours = seriesEconomiserHours(spec, sample(0, wholeH), 1, air)
  const rest = seriesEconomiserHours(spec, sample(wholeH, restH > 0 ? 1 : 0), restH, air)
  for (const key of Object.keys(hours) as (keyof EconomiserHours)[]) hours[key] += rest[key]
  return hours
}

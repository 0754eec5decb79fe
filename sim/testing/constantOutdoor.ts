// Weather that does not change, for tests of the economiser and the report.
import type { OutdoorSeries } from '../model/plant/outdoor.ts'

/** A series of `hours` identical samples, an hour apart from 0 s. */
export function constantOutdoor(
  dryBulbC: number,
  hours: number,
  wetBulbC?: number,
  dewPointC?: number,
): OutdoorSeries {
  const series: OutdoorSeries = {
    timeS: Float64Array.from({ length: hours }, (_, h) => h * 3600),
    dryBulbC: new Float64Array(hours).fill(dryBulbC),
  }
  if (wetBulbC !== undefined) series.wetBulbC = new Float64Array(hours).fill(wetBulbC)
  if (dewPointC !== undefined) series.dewPointC = new Float64Array(hours).fill(dewPointC)
  return series
}

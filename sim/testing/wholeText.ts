// Test support: each streaming trace reader over one whole text, and a series resampled on a fixed grid.
import { bitbrainsReader } from '../traces/bitbrains.ts'
import { longCsvReader } from '../traces/longCsv.ts'
import type { LongCsv, LongCsvOptions } from '../traces/longCsv.ts'
import { planetLabReader } from '../traces/planetlab.ts'
import { valueAt, seriesEndS } from '../traces/resample.ts'
import type { SampleOptions } from '../traces/resample.ts'
import type { TraceReader, UtilizationSeries } from '../traces/series.ts'
import { swfReader } from '../traces/swf.ts'
import type { SwfLog } from '../traces/swf.ts'

/** Runs a reader over a whole text at once. */
function readText<T>(reader: TraceReader<T>, text: string): T {
  reader.push(text)
  return reader.finish()
}

export const parsePlanetLab = (text: string, file: string, id: string = file): UtilizationSeries =>
  readText(planetLabReader(file, id), text)

export const parseBitbrains = (text: string, file: string, id: string = file): UtilizationSeries =>
  readText(bitbrainsReader(file, id), text)

export const parseLongCsv = (text: string, file: string, options?: LongCsvOptions): LongCsv =>
  readText(longCsvReader(file, options), text)

/** An already gunzipped SWF text. */
export const parseSwf = (text: string, file: string): SwfLog => readText(swfReader(file), text)

/** Element k is valueAt(k · stepS) for k = 0 … ⌈end / stepS⌉ − 1 (NaN where missing). */
export function resample(
  series: UtilizationSeries,
  stepS: number,
  options: SampleOptions = {},
): Float64Array {
  if (!(stepS > 0)) throw new Error(`resample: stepS must be > 0, got ${stepS}`)
  const out = new Float64Array(Math.ceil(seriesEndS(series) / stepS))
  for (let k = 0; k < out.length; k++) out[k] = valueAt(series, k * stepS, options)
  return out
}

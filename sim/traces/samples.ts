// The declared policy for timestamped rows: out-of-order rows sorted (counted), duplicate times last-wins.
import type { TraceWarnings } from './series.ts'

/** Growing (time, value) columns as a reader collects them, in file order. */
export interface SampleBuffer {
  timesS: number[]
  values: number[]
}

export interface CleanSamples {
  timesS: Float64Array
  values: Float64Array
  warnings: TraceWarnings
}

/**
 * Strictly increasing times from rows in file order: a stable sort when any row goes back in time (each such
 * row counted in `outOfOrder`), then of rows sharing a time the one latest in the file wins (the others
 * counted in `duplicates`), as a corrected re-export of a reading should replace the first.
 */
export function cleanSamples({ timesS, values }: SampleBuffer): CleanSamples {
  const n = timesS.length
  let outOfOrder = 0
  for (let i = 1; i < n; i++) if (timesS[i] < timesS[i - 1]) outOfOrder++
  let order: number[] | undefined
  if (outOfOrder > 0) {
    order = Array.from({ length: n }, (_, i) => i)
    // Array.prototype.sort is stable (ES2019), so equal times keep file order and "last wins" still holds.
    order.sort((a, b) => timesS[a] - timesS[b])
  }
  const outT: number[] = []
  const outV: number[] = []
  let duplicates = 0
  for (let k = 0; k < n; k++) {
    const i = order ? order[k] : k
    if (outT.length > 0 && outT[outT.length - 1] === timesS[i]) {
      outV[outV.length - 1] = values[i]
      duplicates++
    } else {
      outT.push(timesS[i])
      outV.push(values[i])
    }
  }
  return {
    timesS: Float64Array.from(outT),
    values: Float64Array.from(outV),
    warnings: { outOfOrder, duplicates },
  }
}

/** The median interval between consecutive times, s (robust to the odd gap); undefined with < 2 samples. */
export function medianStepS(timesS: Float64Array): number | undefined {
  if (timesS.length < 2) return undefined
  const steps = new Float64Array(timesS.length - 1)
  for (let i = 1; i < timesS.length; i++) steps[i - 1] = timesS[i] - timesS[i - 1]
  steps.sort()
  return steps[(steps.length - 1) >> 1]
}

// PlanetLab (CloudSim) VM traces: one file per VM, one integer CPU percentage per line, every 300 s.
import { clip, lineSplitter } from './lines.ts'
import { TraceError } from './series.ts'
import type { TraceReader, UtilizationSeries } from './series.ts'

/** CoMon sampled every 5 minutes (Beloglazov & Buyya, CCPE 2012); the files carry no time at all. */
export const PLANETLAB_STEP_S = 300

const PERCENT = /^\s*(\d{1,3})\s*$/

/**
 * Reads one VM file: line k (of the non-blank ones) is utilisation at (k − 1)·300 s, as value / 100. Blank
 * lines are skipped; anything but an integer 0..100 is a TraceError. The start time is unknown, so
 * `startS` is 0. `id` defaults to the file name (which may contain spaces).
 */
export function planetLabReader(file: string, id: string = file): TraceReader<UtilizationSeries> {
  const values: number[] = []
  const lines = lineSplitter(
    (line, lineNo) => {
      if (line.trim() === '') return
      const match = PERCENT.exec(line)
      const percent = match ? Number(match[1]) : NaN
      if (!(percent <= 100))
        throw new TraceError(file, lineNo, `expected an integer percentage 0..100, got "${clip(line)}"`)
      values.push(percent / 100)
    },
    { file },
  )
  return {
    push: lines.push,
    finish() {
      lines.finish()
      if (values.length === 0) throw new TraceError(file, undefined, 'no samples')
      const timesS = Float64Array.from(values, (_, i) => i * PLANETLAB_STEP_S)
      return { id, startS: 0, stepS: PLANETLAB_STEP_S, timesS, utilization: Float64Array.from(values) }
    },
  }
}

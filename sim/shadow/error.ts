// Shadow-mode error: mean absolute percentage error of simulated against measured, kept per series as pairs arrive.

/**
 * Whether a (measured, simulated) pair counts towards a percentage error. A measured 0 has no percentage
 * (division by zero), and a NaN or infinite value on either side is a gap or a fault, not a reading: such
 * pairs are skipped rather than allowed to turn the whole error into NaN or Infinity.
 */
const counts = (measured: number, simulated: number) =>
  measured !== 0 && Number.isFinite(measured) && Number.isFinite(simulated)

/** Running percentage error per named series, fed one (measured, simulated) pair at a time. */
export interface ErrorTracker {
  /** The series names, in the order given. */
  readonly names: readonly string[]
  /** Adds one pair to a series; a pair with no percentage (see `skipped`) is counted there instead. */
  add(name: string, measured: number, simulated: number): void
  /**
   * Mean absolute percentage error over the pairs that counted, in percent: 100 / n × Σ |measured − simulated| /
   * |measured|; NaN before any counts.
   */
  mapePct(name: string): number
  /** Pairs that counted towards `mapePct`. */
  count(name: string): number
  /** Pairs skipped: measured 0, or either value NaN or infinite. */
  skipped(name: string): number
}

/**
 * Mean absolute percentage error per series, streaming: O(1) memory per series.
 * @throws if a name repeats; `add` and the readers throw for a name not given here (a typo, not data)
 */
export function createErrorTracker(names: readonly string[]): ErrorTracker {
  const index = new Map<string, number>()
  for (const name of names) {
    if (index.has(name)) throw new Error(`error tracker: series '${name}' given twice`)
    index.set(name, index.size)
  }
  const sum = new Float64Array(names.length)
  const counted = new Float64Array(names.length)
  const skippedCount = new Float64Array(names.length)
  const slot = (name: string) => {
    const i = index.get(name)
    if (i === undefined) throw new Error(`error tracker: unknown series '${name}'`)
    return i
  }
  return {
    names: [...names],
    add(name, measured, simulated) {
      const i = slot(name)
      if (!counts(measured, simulated)) {
        skippedCount[i]++
        return
      }
      sum[i] += Math.abs(measured - simulated) / Math.abs(measured)
      counted[i]++
    },
    mapePct: (name) => {
      const i = slot(name)
      return counted[i] === 0 ? NaN : (100 * sum[i]) / counted[i]
    },
    count: (name) => counted[slot(name)],
    skipped: (name) => skippedCount[slot(name)],
  }
}

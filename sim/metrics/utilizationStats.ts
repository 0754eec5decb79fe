// Running utilisation statistics over servers and time: mean and 95th percentile from a fixed histogram.

/** 0.1 %-wide bins: the p95 is exact to 0.001 of utilisation whatever the run length, in fixed memory. */
const BINS = 1000

export interface UtilizationStats {
  /** Adds one sample per server, each standing for `weightS` seconds. */
  add(utilization: Float64Array, weightS: number): void
  /** Time-weighted mean over all servers, 0..1 (NaN before any sample). */
  mean(): number
  /** Time-weighted 95th percentile over all server samples, 0..1, at the upper edge of its bin. */
  p95(): number
}

export function createUtilizationStats(): UtilizationStats {
  const histogramS = new Float64Array(BINS)
  let sum = 0
  let totalS = 0
  return {
    add(utilization, weightS) {
      if (!(weightS > 0)) return
      for (let s = 0; s < utilization.length; s++) {
        const u = utilization[s] < 0 ? 0 : utilization[s] > 1 ? 1 : utilization[s]
        histogramS[Math.min(BINS - 1, Math.floor(u * BINS))] += weightS
        sum += u * weightS
        totalS += weightS
      }
    },
    mean: () => (totalS > 0 ? sum / totalS : NaN),
    p95() {
      if (!(totalS > 0)) return NaN
      let seenS = 0
      for (let b = 0; b < BINS; b++) {
        seenS += histogramS[b]
        if (seenS >= 0.95 * totalS) return (b + 1) / BINS
      }
      return 1
    },
  }
}

// Where a fan chart's y axis stops: a few replicas whose p90 runs far past the limit (a failure that leaves a
// line carrying many times its design load) would squash the median and the limit into the floor. The axis is
// cut at 1.5 × the larger of the limit and the highest p50, and the chart says how far the band went beyond it.

export interface FanScale {
  /** Top of the y axis; null: let uPlot fit everything. */
  max: number | null
  /** The highest p90 above `max` and its month, for the caption. */
  offScale: { value: number; month: number } | null
}

export function fanScaleOf(
  p50: readonly (number | null)[],
  p90: readonly (number | null)[],
  limit: number,
): FanScale {
  const top = 1.5 * Math.max(limit, ...p50.map((v) => v ?? -Infinity))
  let offScale: FanScale['offScale'] = null
  p90.forEach((v, month) => {
    if (v !== null && v > top && (offScale === null || v > offScale.value)) offScale = { value: v, month }
  })
  return offScale === null ? { max: null, offScale } : { max: top, offScale }
}

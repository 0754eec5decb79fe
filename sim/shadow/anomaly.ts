// Shadow-mode anomaly flag: measured and simulated disagree by more than a margin for longer than a time.

/**
 * The margin is either absolute, in the sensor's unit (°C, W, …), or a percentage of |simulated|: the
 * twin's prediction is the reference a reading is judged against, and unlike the reading it has no gaps.
 * `forS` is how long, in seconds, the disagreement must last before the flag is raised.
 */
export type AnomalyOptions = (
  { marginAbs: number; marginPct?: undefined } | { marginPct: number; marginAbs?: undefined }
) & { forS: number }

/** A change of the flag. */
export interface AnomalyEvent {
  kind: 'raise' | 'clear'
  /** Time of the sample that raised or cleared the flag, s. */
  atS: number
  /** Time of the first sample of this excursion outside the margin, s. */
  sinceS: number
  /** measured − simulated at `atS`, in the sensor's unit. */
  deviation: number
}

/** The flag of one sensor; keep one detector per sensor. */
export interface AnomalyDetector {
  /**
   * Feeds one sample, in time order; returns the event if the flag changed. A sample with a NaN or
   * infinite value carries no information and changes nothing, so a gap neither ends nor extends
   * an excursion.
   * @throws if timeS is not finite or earlier than the previous sample's
   */
  update(timeS: number, measured: number, simulated: number): AnomalyEvent | undefined
  /** Whether the flag is up. */
  readonly raised: boolean
  /** Time of the first sample of the current excursion outside the margin, s; NaN while inside. */
  readonly outsideSinceS: number
}

/**
 * A sample is outside when |measured − simulated| > margin (on the margin is inside). The flag rises at the
 * first sample outside that comes more than `forS` after the first sample of an unbroken run of samples
 * outside (so with `forS` 0, at the second), and clears at the first sample inside.
 * @throws unless exactly one of marginAbs and marginPct is given, and it and forS are finite and >= 0
 */
export function createAnomalyDetector(options: AnomalyOptions): AnomalyDetector {
  const { marginAbs, marginPct, forS } = options
  if ((marginAbs === undefined) === (marginPct === undefined)) {
    throw new Error('anomaly detector: give exactly one of marginAbs and marginPct')
  }
  for (const [what, value] of [
    ['marginAbs', marginAbs],
    ['marginPct', marginPct],
    ['forS', forS],
  ] as const) {
    // `!(x >= 0)` also rejects NaN, which a bare `x < 0` would let through.
    if (value !== undefined && !(value >= 0 && value < Infinity)) {
      throw new Error(`anomaly detector: ${what} must be a finite number >= 0, got ${value}`)
    }
  }
  let raised = false
  let outsideSinceS = NaN
  let lastS = -Infinity
  return {
    get raised() {
      return raised
    },
    get outsideSinceS() {
      return outsideSinceS
    },
    update(timeS, measured, simulated) {
      if (!Number.isFinite(timeS) || timeS < lastS) {
        throw new Error(
          `anomaly detector: sample time ${timeS} s is not finite or before the previous ${lastS} s`,
        )
      }
      lastS = timeS
      if (!Number.isFinite(measured) || !Number.isFinite(simulated)) return undefined
      const deviation = measured - simulated
      const margin = marginAbs ?? (marginPct! / 100) * Math.abs(simulated)
      if (Math.abs(deviation) <= margin) {
        const sinceS = outsideSinceS
        outsideSinceS = NaN
        if (!raised) return undefined
        raised = false
        return { kind: 'clear', atS: timeS, sinceS, deviation }
      }
      if (Number.isNaN(outsideSinceS)) outsideSinceS = timeS
      if (raised || !(timeS - outsideSinceS > forS)) return undefined
      raised = true
      return { kind: 'raise', atS: timeS, sinceS: outsideSinceS, deviation }
    },
  }
}

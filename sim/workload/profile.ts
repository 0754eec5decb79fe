// Synthetic load profile: a pure function of time built from a spec and a seed, plus per-server noise.
import { createRng } from '../core/rng.ts'
import type { RandomStream } from '../core/rng.ts'
import type { LoadProfileSpec } from './profileSpec.ts'
import { cos, exp, log1p } from '../math/portable.ts'

const DAY_S = 86_400
// 1970-01-01 was a Thursday, so (epochDay + 4) mod 7 numbers days from Sunday = 0.
const EPOCH_WEEKDAY = 4
// Exponential burst durations are cut at this many means (the tail beyond has probability e^-20 ≈ 2e-9),
// so a query looks back a bounded number of days for bursts still running.
const BURST_CAP_MEANS = 20

/** Mean utilisation over time, before per-server noise. */
export interface LoadProfile {
  /**
   * Mean utilisation (0..1, clamped) at `tS` seconds after the simulation start. Pure: queries may come in
   * any order and repeat, and always give the same answer for the same spec, start and seed.
   */
  levelAt(tS: number): number
  /** The spec's baseUtilization, the level that arrival thinning treats as the nominal rate. */
  readonly baseUtilization: number
}

interface Burst {
  startS: number
  endS: number
}

interface LaunchWindow {
  startS: number
  endS: number
  multiplier: number
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0) // NaN → 0

/**
 * The bursts that start on sim day `day` ([day·86400, (day+1)·86400) s after the start): Poisson arrivals at
 * `ratePerDay`, exponential durations. Each day has its own stream derived from (seed, day), so a day's bursts
 * do not depend on which days were generated before it.
 */
function burstsOfDay(seed: number, day: number, ratePerDay: number, meanDurationS: number): Burst[] {
  const stream = createRng(seed).stream(`bursts day ${day}`)
  const ratePerS = ratePerDay / DAY_S
  const capS = BURST_CAP_MEANS * meanDurationS
  const endOfDayS = (day + 1) * DAY_S
  const bursts: Burst[] = []
  if (!(ratePerS > 0)) return bursts // a denormal ratePerDay underflows to 0 per second
  // Restarting the Poisson process at each midnight is exact: inter-arrivals are memoryless.
  for (
    let tS = day * DAY_S + stream.exponential(ratePerS);
    tS < endOfDayS;
    tS += stream.exponential(ratePerS)
  ) {
    bursts.push({ startS: tS, endS: tS + Math.min(stream.exponential(1 / meanDurationS), capS) })
  }
  return bursts
}

/**
 * Builds the load profile for `spec` with simulation time 0 at Unix time `startEpochS` (s).
 * Draws exactly one number from `stream` (the seed of the per-day burst streams), then never touches it again.
 * Weekends and the daily peak are in UTC; the trend compounds continuously from t = 0.
 */
export function createLoadProfile(
  spec: LoadProfileSpec,
  startEpochS: number,
  stream: RandomStream,
): LoadProfile {
  const { baseUtilization, daily, weekly, trendPerDay, bursts } = spec
  const burstSeed = Math.floor(stream.next() * 4294967296)
  const launches: LaunchWindow[] = spec.launches.map((l) => {
    const startS = l.atS ?? Date.parse(l.date ?? '') / 1000 - startEpochS
    return { startS, endS: startS + l.durationS, multiplier: l.multiplier }
  })
  const growthPerS = log1p(trendPerDay) / DAY_S
  const hasBursts = bursts.ratePerDay > 0 && bursts.amplitude > 0
  const lookbackDays = Math.ceil((BURST_CAP_MEANS * bursts.meanDurationS) / DAY_S)
  // Regenerating an evicted day gives the same bursts, so the cache only bounds memory, never changes results.
  const cache = new Map<number, Burst[]>()
  const cacheLimit = 2 * (lookbackDays + 1) + 16

  const dayBursts = (day: number) => {
    let list = cache.get(day)
    if (!list) {
      list = burstsOfDay(burstSeed, day, bursts.ratePerDay, bursts.meanDurationS)
      if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value as number)
      cache.set(day, list)
    }
    return list
  }

  const activeBursts = (tS: number) => {
    const day = Math.floor(tS / DAY_S)
    let count = 0
    for (let d = day - lookbackDays; d <= day; d++) {
      for (const b of dayBursts(d)) if (b.startS <= tS && tS < b.endS) count++
    }
    return count
  }

  return {
    baseUtilization,
    levelAt(tS) {
      const epochS = startEpochS + tS
      const hourUtc = (((epochS % DAY_S) + DAY_S) % DAY_S) / 3600
      const weekday = (((Math.floor(epochS / DAY_S) + EPOCH_WEEKDAY) % 7) + 7) % 7
      const weekFactor = weekday === 0 || weekday === 6 ? weekly.weekendFactor : 1
      const shape =
        baseUtilization + daily.amplitude * cos((2 * Math.PI * (hourUtc - daily.peakHourUtc)) / 24)
      let organic = shape * weekFactor
      // A trough below zero stays at zero rather than being scaled by growth or launches.
      if (organic > 0) {
        organic *= exp(growthPerS * tS)
        for (const w of launches) if (w.startS <= tS && tS < w.endS) organic *= w.multiplier
      }
      const burst = hasBursts ? bursts.amplitude * activeBursts(tS) : 0
      return clamp01(organic + burst)
    },
  }
}

/**
 * Per-server noise, left to the caller's loop: fills `out` with clamp(level + N(0, noiseSd), 0, 1), one normal
 * per element in index order (no draws at all when noiseSd is 0), so the draw count is the same every update.
 */
export function sampleUtilization(
  out: Float64Array,
  level: number,
  noiseSd: number,
  stream: RandomStream,
): void {
  for (let i = 0; i < out.length; i++)
    out[i] = clamp01(noiseSd > 0 ? level + stream.normal(0, noiseSd) : level)
}

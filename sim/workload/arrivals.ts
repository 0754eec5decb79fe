// Job or VM arrivals: a seeded Poisson process (optionally thinned by the load profile) or a replayed trace.
import type { RandomStream } from '../core/rng.ts'
import type { ArrivalsSpec, DurationLaw, SizeLaw, TraceJob } from './arrivalsSpec.ts'
import type { LoadProfile } from './profile.ts'
import { exp } from '../math/portable.ts'

/** One job or VM request: `cores` and `memoryGb` held on one server for `durationS` seconds from its start. */
export interface Job {
  /** Sequence number in submit order (Poisson), or the trace's own id when it has one. */
  id: number
  /** Submit time, seconds after the simulation start; the scheduler measures the wait from here. */
  submitS: number
  /** Run time once started, s. */
  durationS: number
  cores: number
  memoryGb: number
}

/** Jobs in non-decreasing submit order; `undefined` once the trace or the `untilS` window is exhausted. */
export interface Arrivals {
  next(): Job | undefined
}

function drawDurationS(law: DurationLaw, stream: RandomStream): number {
  if (law.kind === 'exponential') return stream.exponential(1 / law.meanS)
  return law.medianS * exp(stream.normal(0, law.sigma))
}

/** Picks a core count by weight with one uniform draw. */
function coreSampler(law: SizeLaw): (stream: RandomStream) => number {
  const weights = law.weights ?? law.cores.map(() => 1)
  const cumulative: number[] = []
  let total = 0
  for (const w of weights) cumulative.push((total += w))
  return (stream) => {
    const u = stream.next() * total
    const i = cumulative.findIndex((c) => u < c)
    // u < total always, but rounding in the running sum could leave it just past the last entry.
    return law.cores[i < 0 ? law.cores.length - 1 : i]
  }
}

function traceArrivals(jobs: readonly TraceJob[], memoryGbPerCore: number): Arrivals {
  // Array sort is stable, so jobs submitted at the same second keep their order in the trace.
  const sorted = jobs.slice().sort((a, b) => a.submitS - b.submitS)
  let i = 0
  return {
    next() {
      if (i >= sorted.length) return undefined
      const j = sorted[i]
      const job: Job = {
        id: j.id ?? i,
        submitS: j.submitS,
        durationS: j.durationS,
        cores: j.cores,
        memoryGb: j.memoryGb ?? j.cores * memoryGbPerCore,
      }
      i++
      return job
    },
  }
}

/**
 * Creates the arrival process for `spec`.
 *
 * Poisson: inter-arrivals are exponential with mean 3600 / ratePerHour s. With `followProfile` the rate is
 * ratePerHour · level(t) / baseUtilization, drawn by thinning (Lewis–Shedler): candidates arrive at the
 * ceiling rate ratePerHour / baseUtilization (level ≤ 1) and each is kept with probability level(t).
 * Per job the stream yields, in order: candidate gaps (plus one uniform each when thinning), one uniform for
 * the size, then the duration draw. A trace ignores the stream.
 * Thinning costs 1 / baseUtilization candidates per kept arrival.
 * @throws Error when followProfile is set without a profile, with baseUtilization 0, or the rate under/overflows
 */
export function createArrivals(spec: ArrivalsSpec, stream: RandomStream, profile?: LoadProfile): Arrivals {
  if (spec.kind === 'trace') return traceArrivals(spec.jobs, spec.memoryGbPerCore)
  const thinBy = spec.followProfile ? profile : undefined
  if (spec.followProfile && !thinBy) throw new Error('createArrivals: followProfile needs a load profile')
  if (thinBy && !(thinBy.baseUtilization > 0)) {
    throw new Error('createArrivals: followProfile needs a profile with baseUtilization > 0')
  }
  const ceilingPerS = spec.ratePerHour / 3600 / (thinBy ? thinBy.baseUtilization : 1)
  if (!(ceilingPerS > 0 && ceilingPerS < Infinity)) {
    throw new Error(`createArrivals: candidate rate ${ceilingPerS}/s is not a usable Poisson rate`)
  }
  const untilS = spec.untilS ?? Infinity
  const drawCores = coreSampler(spec.size)
  let tS = 0
  let id = 0
  return {
    next() {
      for (;;) {
        if (tS >= untilS) return undefined
        tS += stream.exponential(ceilingPerS)
        if (tS >= untilS) return undefined
        if (!thinBy || stream.next() < thinBy.levelAt(tS)) break
      }
      const cores = drawCores(stream)
      return {
        id: id++,
        submitS: tS,
        durationS: drawDurationS(spec.duration, stream),
        cores,
        memoryGb: cores * spec.size.memoryGbPerCore,
      }
    },
  }
}

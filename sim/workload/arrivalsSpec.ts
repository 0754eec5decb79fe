// Job or VM arrivals as scenario data: a seeded Poisson process with size and duration laws, or a trace (zod).
import { z } from 'zod'
import { between, integer, MAX_HORIZON_S, offsetS, spanS } from '../scenario/primitives.ts'

const cores = integer(1, 1024)
/** Longest job, s: 30 days, beyond the longest batch job of the published logs (a few days). */
const jobS = between(1, 30 * 86_400)

/** How long a job runs once started. */
export const durationLawSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('exponential'),
    meanS: jobS.describe('mean run time, s; 1 s to 30 days'),
  }),
  z.strictObject({
    kind: z.literal('lognormal'),
    medianS: jobS.describe('median run time, s (= e^μ); 1 s to 30 days'),
    sigma: between(0, 4).describe(
      'sd of ln(run time); 0 = always medianS; at most 4 (e^4 ≈ 55× per sd; job logs fit 1–3)',
    ),
  }),
])

/** Job size: a core count drawn from weighted choices, memory proportional to cores (VM-flavour style). */
export const sizeLawSchema = z
  .strictObject({
    cores: z
      .array(cores)
      .min(1)
      .max(64, 'at most 64 choices')
      .default([1, 2, 4, 8, 16])
      .describe('core counts to choose from'),
    weights: z
      .array(between(0, 1e6))
      .max(64, 'at most 64 weights')
      .optional()
      .describe('relative weight of each cores entry, same length; omitted = equally likely'),
    memoryGbPerCore: between(0.01, 1024).default(4).describe('memory per core, GB; 10 MB to 1 TB'),
  })
  .refine((s) => !s.weights || s.weights.length === s.cores.length, {
    message: 'weights must have one entry per cores entry',
    path: ['weights'],
  })
  .refine((s) => !s.weights || s.weights.some((w) => w > 0), {
    message: 'at least one weight must be greater than 0',
    path: ['weights'],
  })

/** One recorded job, e.g. a line of a Standard Workload Format (SWF) log after import. */
export const traceJobSchema = z.strictObject({
  id: integer(0, Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('job number in the source log; default: position in submit order'),
  submitS: offsetS.describe('submit time, seconds after the simulation start'),
  durationS: between(0, MAX_HORIZON_S).describe('run time, s'),
  cores,
  memoryGb: between(0, 65_536).optional().describe('memory, GB; default: cores × memoryGbPerCore'),
})

/** The scheduler tells jobs apart by id, so two with one id (a job without one takes its position) clash. */
function checkUniqueIds(jobs: { id?: number }[], ctx: z.RefinementCtx): void {
  const seen = new Map<number, number>()
  jobs.forEach((job, i) => {
    const id = job.id ?? i
    const first = seen.get(id)
    if (first !== undefined)
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id ${id} is already used by jobs[${first}]` })
    else seen.set(id, i)
  })
}

export const arrivalsSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('poisson'),
    ratePerHour: between(0.001, 100_000).describe(
      'mean arrivals per hour (at baseUtilization when followProfile); 0.001 to 100,000 (28 a second, ' +
        'beyond the busiest published cluster logs)',
    ),
    followProfile: z
      .boolean()
      .default(false)
      .describe('modulate the rate by the load profile: ratePerHour × level(t) / baseUtilization'),
    size: sizeLawSchema.prefault({}).describe('core and memory law (default: 1–16 cores, 4 GB per core)'),
    duration: durationLawSchema
      .default({ kind: 'exponential', meanS: 3600 })
      .describe('run-time law (default: exponential, mean 1 h)'),
    untilS: spanS
      .optional()
      .describe('no arrivals at or after this time, s after start; default: never stop'),
  }),
  z.strictObject({
    kind: z.literal('trace'),
    jobs: z
      .array(traceJobSchema)
      .max(1_000_000, 'at most 1,000,000 jobs (two million events, the most a run may hold)')
      .describe('recorded jobs, in any order; replayed in submit order; ids unique')
      .superRefine(checkUniqueIds),
    memoryGbPerCore: between(0.01, 1024).default(4).describe('memory per core for jobs without memoryGb, GB'),
  }),
])

export type ArrivalsInput = z.input<typeof arrivalsSchema>
export type ArrivalsSpec = z.output<typeof arrivalsSchema>
export type DurationLaw = z.output<typeof durationLawSchema>
export type SizeLaw = z.output<typeof sizeLawSchema>
export type TraceJob = z.output<typeof traceJobSchema>

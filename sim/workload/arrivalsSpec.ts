// Job or VM arrivals as scenario data: a seeded Poisson process with size and duration laws, or a trace (zod).
import { z } from 'zod'
import { nonNegative, positive } from '../scenario/primitives.ts'

const cores = z.number().int().min(1, 'must be at least 1 core')

/** How long a job runs once started. */
export const durationLawSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('exponential'),
    meanS: positive.describe('mean run time, s'),
  }),
  z.strictObject({
    kind: z.literal('lognormal'),
    medianS: positive.describe('median run time, s (= e^μ)'),
    sigma: nonNegative.max(10, 'must be at most 10').describe('sd of ln(run time); 0 = always medianS'),
  }),
])

/** Job size: a core count drawn from weighted choices, memory proportional to cores (VM-flavour style). */
export const sizeLawSchema = z
  .strictObject({
    cores: z.array(cores).min(1).default([1, 2, 4, 8, 16]).describe('core counts to choose from'),
    weights: z
      .array(nonNegative)
      .optional()
      .describe('relative weight of each cores entry, same length; omitted = equally likely'),
    memoryGbPerCore: positive.default(4).describe('memory per core, GB'),
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
  id: z.number().int().optional().describe('job number in the source log; default: position in submit order'),
  submitS: nonNegative.describe('submit time, seconds after the simulation start'),
  durationS: nonNegative.describe('run time, s'),
  cores,
  memoryGb: nonNegative.optional().describe('memory, GB; default: cores × memoryGbPerCore'),
})

export const arrivalsSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('poisson'),
    ratePerHour: positive.describe('mean arrivals per hour (at baseUtilization when followProfile)'),
    followProfile: z
      .boolean()
      .default(false)
      .describe('modulate the rate by the load profile: ratePerHour × level(t) / baseUtilization'),
    size: sizeLawSchema.prefault({}).describe('core and memory law (default: 1–16 cores, 4 GB per core)'),
    duration: durationLawSchema
      .default({ kind: 'exponential', meanS: 3600 })
      .describe('run-time law (default: exponential, mean 1 h)'),
    untilS: positive
      .optional()
      .describe('no arrivals at or after this time, s after start; default: never stop'),
  }),
  z.strictObject({
    kind: z.literal('trace'),
    jobs: z.array(traceJobSchema).describe('recorded jobs, in any order; replayed in submit order'),
    memoryGbPerCore: positive.default(4).describe('memory per core for jobs without memoryGb, GB'),
  }),
])

export type ArrivalsInput = z.input<typeof arrivalsSchema>
export type ArrivalsSpec = z.output<typeof arrivalsSchema>
export type DurationLaw = z.output<typeof durationLawSchema>
export type SizeLaw = z.output<typeof sizeLawSchema>
export type TraceJob = z.output<typeof traceJobSchema>

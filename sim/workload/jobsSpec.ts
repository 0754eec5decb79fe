// The 'jobs' workload of a scenario: arrivals placed onto servers by a policy, with a queue and an autoscaler.
import { z } from 'zod'
import { arrivalsSchema } from './arrivalsSpec.ts'
import { loadProfileSchema } from './profileSpec.ts'
import { between, integer, spanS, updateS } from '../scenario/primitives.ts'

/** Most servers a hall may hold: 200 racks a group and 60 U a rack allow more, but no hall has a million. */
const MAX_SERVERS = 1_000_000
/** Lowest profile base a Poisson rate may follow: the rate is divided by it, so 1 % already means 100×. */
export const MIN_FOLLOWED_BASE = 0.01

export const placementSpecSchema = z.strictObject({
  policy: z
    .enum(['firstFit', 'bestFit', 'spread', 'powerAware', 'thermalAware'])
    .default('firstFit')
    .describe('how a server is chosen: thermalAware = the rack with the coolest inlet'),
  queueLimit: integer(0, 1_000_000).default(10_000).describe('jobs that may wait; more are rejected'),
  maxWaitS: spanS.optional().describe('a job that waited longer is rejected'),
})

export const autoscalerSpecSchema = z
  .strictObject({
    targetUtilization: between(0.01, 1).describe('mean core utilisation of running servers to aim for'),
    minServers: integer(0, MAX_SERVERS).describe('at most maxServers'),
    maxServers: integer(1, MAX_SERVERS).describe("at most the hall's server count"),
    cooldownS: between(0, 7 * 86_400)
      .default(900)
      .describe('no change sooner than this after the last one, s; at most a week'),
    maxStepServers: integer(1, MAX_SERVERS)
      .default(10)
      .describe('the runaway cap: most servers per decision'),
  })
  .refine((a) => a.minServers <= a.maxServers, {
    path: ['minServers'],
    message: 'must not exceed maxServers',
  })

export const jobsWorkloadSchema = z
  .strictObject({
    kind: z.literal('jobs'),
    arrivals: arrivalsSchema,
    profile: loadProfileSchema
      .optional()
      .describe('the load profile Poisson arrivals follow when arrivals.followProfile is set'),
    placement: placementSpecSchema.prefault({}),
    autoscaler: autoscalerSpecSchema
      .optional()
      .describe('switches idle servers off and on; off servers draw 0 W'),
    updateS: updateS.default(300).describe('how often the autoscaler decides, s'),
  })
  .superRefine((jobs, ctx) => {
    if (jobs.arrivals.kind !== 'poisson' || !jobs.arrivals.followProfile) return
    // The rate follows ratePerHour × level(t) / baseUtilization: it needs a profile and a base above zero.
    if (!jobs.profile)
      ctx.addIssue({
        code: 'custom',
        path: ['arrivals', 'followProfile'],
        message: 'needs workload.profile (the load profile the arrivals follow)',
      })
    else if (jobs.profile.baseUtilization < MIN_FOLLOWED_BASE)
      ctx.addIssue({
        code: 'custom',
        path: ['profile', 'baseUtilization'],
        message: `must be at least ${MIN_FOLLOWED_BASE} when arrivals follow the profile (the rate is divided by it)`,
      })
  })

export type JobsWorkloadSpec = z.output<typeof jobsWorkloadSchema>

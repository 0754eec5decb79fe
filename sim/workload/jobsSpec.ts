// The 'jobs' workload of a scenario: arrivals placed onto servers by a policy, with a queue and an autoscaler.
import { z } from 'zod'
import { arrivalsSchema } from './arrivalsSpec.ts'
import { loadProfileSchema } from './profileSpec.ts'

const positive = z.number().positive('must be greater than 0')

export const placementSpecSchema = z.strictObject({
  policy: z
    .enum(['firstFit', 'bestFit', 'spread', 'powerAware', 'thermalAware'])
    .default('firstFit')
    .describe('how a server is chosen: thermalAware = the rack with the coolest inlet'),
  queueLimit: z.number().int().min(0).default(10_000).describe('jobs that may wait; more are rejected'),
  maxWaitS: positive.optional().describe('a job that waited longer is rejected'),
})

export const autoscalerSpecSchema = z.strictObject({
  targetUtilization: z.number().gt(0).max(1).describe('mean core utilisation of running servers to aim for'),
  minServers: z.number().int().min(0),
  maxServers: z.number().int().min(1),
  cooldownS: z.number().min(0).default(900).describe('no change sooner than this after the last one, s'),
  maxStepServers: z.number().int().min(1).default(10).describe('the runaway cap: most servers per decision'),
})

export const jobsWorkloadSchema = z.strictObject({
  kind: z.literal('jobs'),
  arrivals: arrivalsSchema,
  profile: loadProfileSchema
    .optional()
    .describe('the load profile Poisson arrivals follow when arrivals.followProfile is set'),
  placement: placementSpecSchema.prefault({}),
  autoscaler: autoscalerSpecSchema
    .optional()
    .describe('switches idle servers off and on; off servers draw 0 W'),
  updateS: positive.default(300).describe('how often the autoscaler decides, s'),
})

export type JobsWorkloadSpec = z.output<typeof jobsWorkloadSchema>

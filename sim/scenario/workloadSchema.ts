// The workload section: constant or diurnal utilisation, a synthetic load profile, or jobs placed on servers.
import { z } from 'zod'
import { fraction, updateS } from './primitives.ts'
import { loadProfileSchema } from '../workload/profileSpec.ts'
import { jobsWorkloadSchema } from '../workload/jobsSpec.ts'

export const workloadSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('constant'),
    utilization: fraction.describe('CPU utilisation of every server, 0..1'),
    noiseSd: fraction.default(0).describe('standard deviation of per-rack seeded noise, utilisation units'),
    updateS: updateS.default(300).describe('how often utilisation is redrawn, s'),
  }),
  z.strictObject({
    kind: z.literal('diurnal'),
    meanUtilization: fraction,
    amplitude: fraction.describe('half the peak-to-trough swing, utilisation units'),
    peakHourUtc: z
      .number()
      .min(0, 'must be an hour in [0, 24)')
      .lt(24, 'must be an hour in [0, 24)')
      .default(15),
    noiseSd: fraction.default(0.02),
    updateS: updateS.default(300),
  }),
  loadProfileSchema,
  jobsWorkloadSchema,
])

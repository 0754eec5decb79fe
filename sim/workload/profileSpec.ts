// The synthetic load profile as scenario data: seasonality, trend, noise, bursts and launch spikes (zod).
import { z } from 'zod'
import { between, fraction, MAX_HORIZON_S, spanS, updateS } from '../scenario/primitives.ts'

const DAY_S = 86_400

/** Daily (diurnal) swing: a cosine in UTC hours. Default: no swing, peak at 15:00 UTC. */
export const dailySchema = z.strictObject({
  amplitude: fraction
    .default(0)
    .describe('half the peak-to-trough swing around baseUtilization, utilisation units (0 = flat)'),
  peakHourUtc: z
    .number()
    .min(0, 'must be an hour in [0, 24)')
    .lt(24, 'must be an hour in [0, 24)')
    .default(15)
    .describe('hour of the daily peak, UTC'),
})

/** Weekly shape: Saturday and Sunday (UTC) load relative to weekdays. Default 1: no weekend dip. */
export const weeklySchema = z.strictObject({
  weekendFactor: between(0, 10)
    .default(1)
    .describe('weekend load as a multiple of weekday load (0.7 = weekends run at 70 %)'),
})

/** Unplanned bursts: Poisson arrivals, exponential durations, each adds `amplitude`. Default: none. */
export const burstsSchema = z.strictObject({
  ratePerDay: between(0, 1000).default(0).describe('mean bursts per day (Poisson); 0 = no bursts'),
  meanDurationS: between(1, 7 * DAY_S)
    .default(1800)
    .describe('mean burst duration (exponential), s; 1 s to 7 days'),
  amplitude: fraction.default(0.2).describe('utilisation added while a burst lasts, utilisation units'),
})

/** A planned launch-day spike: the organic load is multiplied by `multiplier` while it lasts. */
export const launchSchema = z
  .strictObject({
    atS: between(-MAX_HORIZON_S, MAX_HORIZON_S)
      .optional()
      .describe('start, seconds after the simulation start (negative: already under way); give this or date'),
    date: z.iso.datetime({ offset: true }).optional().describe('start as an ISO 8601 time; give this or atS'),
    durationS: spanS.describe('how long the spike lasts, s'),
    multiplier: between(0, 100).describe(
      'load multiple during the window (2 = double, 0 = an outage); 0–100',
    ),
  })
  .refine((l) => (l.atS === undefined) !== (l.date === undefined), {
    message: 'give exactly one of atS and date',
  })

/**
 * A seeded synthetic load profile. The mean level at time t is
 * clamp((base + amplitude·cos(2π(hourUtc − peakHourUtc)/24)) · weekly · (1 + trendPerDay)^(t/1 d) · launches
 * + bursts, 0, 1); per-server noise is added on top by the caller (see `sampleUtilization`).
 */
export const loadProfileSchema = z.strictObject({
  kind: z.literal('synthetic'),
  baseUtilization: fraction.describe('weekday mean utilisation at the start, before trend, 0..1'),
  daily: dailySchema.prefault({}).describe('daily cosine swing (default: none)'),
  weekly: weeklySchema.prefault({}).describe('weekend factor (default: 1, no weekend dip)'),
  trendPerDay: between(-0.99, 1)
    .default(0)
    .describe(
      'compound growth per day as a fraction (0.002 = +0.2 %/day); negative shrinks; −0.99 to 1 ' +
        '(a doubling a day): the level is clamped to [0, 1], so even compounding past overflow stays finite',
    ),
  noiseSd: fraction.default(0.02).describe('sd of seeded per-server, per-update noise, utilisation units'),
  bursts: burstsSchema.prefault({}).describe('unplanned Poisson bursts (default: none)'),
  launches: z
    .array(launchSchema)
    .max(1000, 'at most 1000 launches')
    .default([])
    .describe('planned launch-day spikes'),
  updateS: updateS.default(300).describe('how often the caller redraws utilisation, s'),
})

export type LoadProfileInput = z.input<typeof loadProfileSchema>
export type LoadProfileSpec = z.output<typeof loadProfileSchema>
export type LaunchSpec = z.output<typeof launchSchema>

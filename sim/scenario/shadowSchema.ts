// The shadow-mode margins a scenario may set: how far, and for how long, a sensor may stray from the twin.
import { z } from 'zod'
import { between } from './primitives.ts'

/**
 * Defaults: 2 K on a temperature (beyond a typical sensor's ±0.5–1 K), 10 % on a power or heat flow, held
 * for 15 minutes (so a passing spike is not flagged). Assumptions for a first calibration, to be tuned per site.
 */
export const shadowSchema = z.strictObject({
  temperatureMarginK: between(0.1, 50)
    .default(2)
    .describe('a temperature further than this from the twin is off, K; 0.1 K (sensor resolution) to 50 K'),
  powerMarginPct: z
    .number()
    .min(0.1, 'must be at least 0.1')
    .max(100, 'must be 100 % or less')
    .default(10)
    .describe('a power or cooling load further than this share of the twin is off, %; 0.1–100 %'),
  sustainS: between(0, 86_400)
    .default(900)
    .describe('how long a sensor must stay off before it is flagged, s; 0 (at once) to one day'),
})

export type ShadowSpec = z.output<typeof shadowSchema>

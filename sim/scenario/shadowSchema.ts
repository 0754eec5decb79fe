// The shadow-mode margins a scenario may set: how far, and for how long, a sensor may stray from the twin.
import { z } from 'zod'
import { positive } from './primitives.ts'

/**
 * Defaults: 2 K on a temperature (beyond a typical sensor's ±0.5–1 K), 10 % on a power or heat flow, held
 * for 15 minutes (so a passing spike is not flagged). Assumptions for a first calibration, to be tuned per site.
 */
export const shadowSchema = z.strictObject({
  temperatureMarginK: positive.default(2).describe('a temperature further than this from the twin is off, K'),
  powerMarginPct: positive
    .max(100, 'must be 100 % or less')
    .default(10)
    .describe('a power or cooling load further than this share of the twin is off, %'),
  sustainS: positive.default(900).describe('how long a sensor must stay off before it is flagged, s'),
})

export type ShadowSpec = z.output<typeof shadowSchema>

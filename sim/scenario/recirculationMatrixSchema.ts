// A cross-interference matrix as a CFD study or a survey gives it: sparse rack-to-rack exhaust fractions.
import { z } from 'zod'
import { fraction, id } from './primitives.ts'

/** Square-hall racks × racks: 1000 racks fully coupled. Bounds the JSON a browser is asked to hold. */
export const MAX_RECIRCULATION_ENTRIES = 1_000_000

// Cross-references (rack ids known, each row at most 1, every inlet some supply air) are checked after the
// racks are laid out, by checkGivenRecirculation (docs/physics.md#recirculation-matrix-from-a-survey-or-cfd).
export const recirculationMatrixSchema = z
  .strictObject({
    source: z
      .string()
      .optional()
      .describe('where the fractions come from: the CFD study or survey, its date and conditions'),
    entries: z
      .array(
        z.strictObject({
          from: id.describe('the rack whose exhaust it is'),
          to: id.describe('the rack whose inlet it enters'),
          fraction: fraction.describe(
            'share of rack `from`’s exhaust airflow that enters rack `to`’s inlet (a_ij of Tang et al. 2008)',
          ),
        }),
      )
      .max(MAX_RECIRCULATION_ENTRIES, `at most ${MAX_RECIRCULATION_ENTRIES} entries (1000 racks × 1000)`)
      .describe('pairs not listed exchange no air; the fractions from one rack sum to at most 1'),
  })
  .describe(
    'the measured cross-interference matrix; when given it replaces the one derived from the layout, and ' +
      'recirculationFraction, rowEndRecirculationFraction, recirculationLengthM and containmentLeakageFraction ' +
      'are not used (a measured matrix already holds the containment)',
  )

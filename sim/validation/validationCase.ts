// A validation case: one model output checked against a value derived independently of the model under test.

/**
 * Every case in `sim/validation/cases/*.ts` is run by `validation.test.ts`, which asserts it and checks that
 * `docs/validation.md` lists it with the number obtained, so the published table cannot go stale.
 */
export interface ValidationCase {
  /** Stable id, `<area>/<what>`, e.g. `timing/crah-failure-32C-step300`. */
  id: string
  /** What is checked, in plain words a facilities engineer reads. */
  what: string
  /** Where the expected value comes from: closed form (with the formula), a source's table, a reference run. */
  source: string
  expected: number
  /** Unit of expected and obtained: '°C', 's', 'W', '%', '1' for dimensionless. */
  unit: string
  /** Allowed difference: |obtained − expected| ≤ abs, or ≤ rel · |expected|. */
  tolerance: { abs: number } | { rel: number }
  /** Runs the model and returns the value it gives. Deterministic: the same number every run. */
  obtained: () => number
}

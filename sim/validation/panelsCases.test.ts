// Runs this part's validation cases on their own (the shared runner in validation.test.ts runs them all).
import { describe, expect, it } from 'vitest'
import { cases } from './cases/panels.ts'

describe('panels validation cases', () => {
  for (const c of cases)
    it(c.id, { timeout: 60_000 }, () => {
      const limit = 'abs' in c.tolerance ? c.tolerance.abs : c.tolerance.rel * Math.abs(c.expected)
      const obtained = c.obtained()
      console.log(`${c.id}: expected ${c.expected} ${c.unit}, obtained ${obtained}`)
      expect(Math.abs(obtained - c.expected)).toBeLessThanOrEqual(limit)
    })
})

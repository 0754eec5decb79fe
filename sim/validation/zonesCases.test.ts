// Runs the zones part's validation cases on their own (the shared runner in validation.test.ts runs them all).
import { describe, expect, it } from 'vitest'
import { cases } from './cases/zones.ts'

describe('zones validation cases', () => {
  for (const c of cases)
    it(`${c.id}: ${c.expected} ${c.unit}`, () => {
      const limit = 'abs' in c.tolerance ? c.tolerance.abs : c.tolerance.rel * Math.abs(c.expected)
      expect(Math.abs(c.obtained() - c.expected)).toBeLessThanOrEqual(limit)
    }, 60_000)
})

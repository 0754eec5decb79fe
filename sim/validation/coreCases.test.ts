// The core cases on their own, as each part runs its own (validation.test.ts runs every file's and writes the table).
import { expect, it } from 'vitest'
import { cases } from './cases/core.ts'
import { allowedDifference, runCase } from './validationTable.ts'

it.each(cases.map((c) => [c.id, c] as const))('%s', (_, c) => {
  const { obtained, error } = runCase(c)
  expect(error).toBeUndefined()
  expect(Math.abs(obtained - c.expected)).toBeLessThanOrEqual(allowedDifference(c))
})

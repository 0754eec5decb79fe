// The plain decimal of trace fields: what Number() would accept that a trace must not, and linear refusal.
import { expect, it } from 'vitest'
import { expectLinearTime } from '../../test-fixtures/linearTime.ts'
import { parseDecimal } from './decimal.ts'

it('reads signed decimals with an optional point and exponent, and nothing Number() adds', () => {
  expect(['12', '-0.5', '+.5', '3.', '1e-3', '2.5E+2'].map(parseDecimal)).toEqual([
    12, -0.5, 0.5, 3, 0.001, 250,
  ])
  for (const text of ['', ' 1', '1 ', '.', '-', '0x10', '0b1', 'Infinity', '1e999', '1e', '1.2.3', '١'])
    expect(parseDecimal(text), JSON.stringify(text)).toBeNaN()
})

it('refuses a long run of digits and a letter in time linear in its length', () => {
  const refuse = (text: string) => {
    if (Number.isNaN(parseDecimal(text))) throw new Error(`not a number: ${text.length} characters`)
  }
  expectLinearTime('digits', (n) => `${'1'.repeat(n)}x`, refuse)
  expectLinearTime('fraction', (n) => `1.${'1'.repeat(n)}x`, refuse)
  expectLinearTime('exponent', (n) => `1e${'1'.repeat(n)}x`, refuse)
}, 60_000)

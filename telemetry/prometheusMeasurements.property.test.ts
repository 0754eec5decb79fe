// Generated input for what a user types and what a server replies: always a result or a clear error.
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { METRICS } from '../sim/traces/units.ts'
import { parseQueryList, toMeasurements } from './prometheusMeasurements.ts'
import type { ConversionProblems } from './prometheusMeasurements.ts'

const metric = fc.constantFrom(...(Object.keys(METRICS) as (keyof typeof METRICS)[]))
const lineish = fc.oneof(
  fc.string(),
  fc
    .tuple(metric, fc.option(fc.constantFrom('W', 'kW', '%', 'C', 'F', 'bar', '')), fc.string())
    .map(([m, unit, q]) => `${m}${unit === null ? '' : ` [${unit}]`} = ${q}`),
)

it('parseQueryList returns queries of known metrics or throws naming a line', () => {
  fc.assert(
    fc.property(fc.array(lineish, { maxLength: 6 }), (lines) => {
      try {
        for (const q of parseQueryList(lines.join('\n'))) {
          expect(Object.hasOwn(METRICS, q.metric)).toBe(true)
          expect(q.query).not.toBe('')
        }
      } catch (error) {
        expect((error as Error).message).toMatch(/^(query line \d+: |no queries)/)
      }
    }),
  )
})

it('toMeasurements keeps only finite points in the metric’s range, in canonical units', () => {
  const value = fc.oneof(fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, 0, -0))
  const series = fc.array(
    fc.record({
      labels: fc.dictionary(fc.constantFrom('asset', 'rack', 'host'), fc.string({ maxLength: 4 })),
      values: fc.array(value, { maxLength: 5 }),
    }),
    { maxLength: 4 },
  )
  fc.assert(
    fc.property(series, metric, (list, m) => {
      const problems: ConversionProblems = { unlabelled: new Set(), outOfRange: 0 }
      const input = list.map((s, i) => ({
        key: `s${i}`,
        labels: s.labels,
        timesS: s.values.map((_, k) => k),
        values: s.values,
      }))
      const out = toMeasurements(input, { metric: m, query: 'q' }, 'asset', problems)
      const { min, max, unit } = METRICS[m]
      for (const point of out) {
        expect(point.value >= min && point.value <= max).toBe(true)
        expect(point.unit).toBe(unit)
        expect(point.asset).not.toBe('')
      }
      const labelled = input.filter((s) => (s.labels.asset ?? '') !== '')
      const points = labelled.reduce((n, s) => n + s.values.length, 0)
      expect(out.length + problems.outOfRange).toBe(points)
    }),
  )
})

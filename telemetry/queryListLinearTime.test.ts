// The typed query list is refused in time linear in a line's length (its pattern once backtracked quadratically).
import { expect, it } from 'vitest'
import { expectLinearTime } from '../test-fixtures/linearTime.ts'
import { parseQueryList } from './prometheusMeasurements.ts'

it('refuses a metric name followed by a long run of blanks and no "=" in linear time', () => {
  expectLinearTime('blanks', (n) => `power${' '.repeat(n)}x`, parseQueryList)
  expectLinearTime('unit', (n) => `power [kW]${' '.repeat(n)}x`, parseQueryList)
  expect(parseQueryList('power [kW]  =  sum(x) ')).toEqual([{ metric: 'power', unit: 'kW', query: 'sum(x)' }])
}, 60_000)

// Prometheus series → measurements by asset label and metric, and the query list a user types.
import { describe, expect, it } from 'vitest'
import { parseQueryList, toMeasurements } from './prometheusMeasurements.ts'
import type { ConversionProblems } from './prometheusMeasurements.ts'
import { seriesKey } from './prometheusReply.ts'

const series = (labels: Record<string, string>, timesS: number[], values: number[]) => ({
  key: seriesKey(labels),
  labels,
  timesS,
  values,
})

describe('toMeasurements', () => {
  it('names the asset from the label, converts kW to W, and counts what it drops', () => {
    const problems: ConversionProblems = { unlabelled: new Set(), outOfRange: 0 }
    const out = toMeasurements(
      [
        series({ __name__: 'pdu_kw', rack: 'A-01' }, [100, 115, 130], [4.2, NaN, -1]),
        series({ __name__: 'pdu_kw', host: 'x' }, [100], [3]),
      ],
      { metric: 'power', query: 'pdu_kw', unit: 'kW' },
      'rack',
      problems,
    )
    expect(out).toEqual([{ timeS: 100, asset: 'A-01', metric: 'power', value: 4200, unit: 'W' }])
    expect(problems.outOfRange).toBe(2) // a stale NaN and a negative power
    expect([...problems.unlabelled]).toEqual(['pdu_kw{host="x"}'])
  })

  it('refuses utilisation in percent given as a ratio (0..1 after conversion)', () => {
    const problems: ConversionProblems = { unlabelled: new Set(), outOfRange: 0 }
    const query = { metric: 'cpu_utilization', query: 'cpu' } as const
    expect(toMeasurements([series({ asset: 'A-01' }, [1], [55])], query, 'asset', problems)).toEqual([])
    expect(problems.outOfRange).toBe(1)
    const percent = { ...query, unit: '%' }
    expect(toMeasurements([series({ asset: 'A-01' }, [1], [55])], percent, 'asset', problems)[0].value).toBe(
      0.55,
    )
  })
})

describe('parseQueryList', () => {
  it('reads metric [unit] = PromQL lines, skipping blanks and comments', () => {
    const text = `# rack feeds\ncpu_utilization = avg by (asset) (rate(node_cpu_seconds_total{mode!="idle"}[1m]))\n\npower [kW] = sum by (asset) (pdu_kw)`
    expect(parseQueryList(text)).toEqual([
      { metric: 'cpu_utilization', query: 'avg by (asset) (rate(node_cpu_seconds_total{mode!="idle"}[1m]))' },
      { metric: 'power', unit: 'kW', query: 'sum by (asset) (pdu_kw)' },
    ])
  })

  it('names the line of a bad metric, unit, or empty query', () => {
    expect(() => parseQueryList('power = x\nhumidity = y')).toThrow(/^query line 2: "humidity" is not one of/)
    expect(() => parseQueryList('inlet_temperature [bar] = y')).toThrow(
      'query line 1: inlet_temperature does not accept the unit "bar"',
    )
    expect(() => parseQueryList('power =   ')).toThrow('query line 1: the PromQL expression is empty')
    expect(() => parseQueryList('just promql')).toThrow('query line 1: expected "metric = PromQL"')
    expect(() => parseQueryList('# nothing\n')).toThrow('no queries')
  })
})

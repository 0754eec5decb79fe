import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { runForecast } from '../../../sim/forecast/run/index.ts'
import { upsHall } from '../../../sim/forecast/run/runHalls.ts'
import { CSV_FIELDS, forecastCsv, forecastJson } from './forecastExport.ts'

// 450 kW at 3 %/month against a 700 kW UPS: crossed at ln(700/450)/ln(1.03) = 14.95 months in every replica.
const { summary } = runForecast(upsHall({ demand: { kind: 'compound', percentPerMonth: 3 } }), {
  months: 18,
  replicas: 2,
  seed: 1,
  failures: false,
})

describe('forecast export', () => {
  it('JSON is the CLI document: { forecast }, two-space indent, one newline', () => {
    const text = forecastJson(summary)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.startsWith('{\n  "forecast": {\n    "months": 18,')).toBe(true)
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ forecast: summary })))
  })

  it('CSV: a header and one row per resource, beyond the horizon empty, share first from breaksFirst', () => {
    const parsed = Papa.parse<Record<string, string>>(forecastCsv(summary), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.meta.fields).toEqual([...CSV_FIELDS])
    expect(parsed.data).toHaveLength(summary.resources.length)
    const ups = parsed.data[0]
    expect(ups).toMatchObject({ id: 'ups:ups', kind: 'ups', unit: 'W', limit: '700000', firstShare: '1' })
    expect(Number(ups.p50Month)).toBeCloseTo(Math.log(700 / 450) / Math.log(1.03), 6)
    expect(parsed.data[1]).toMatchObject({ p10Month: '', p50Month: '', p90Month: '', crossedShare: '0' })
  })
})

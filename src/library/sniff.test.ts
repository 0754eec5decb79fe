import { describe, expect, it } from 'vitest'
import { isScenarioShaped, looksLikeJson } from './sniff.ts'

describe('telling files apart by content', () => {
  it('takes JSON objects and arrays, after a BOM and white space, and nothing else', () => {
    expect(looksLikeJson('{"version": 1')).toBe(true)
    expect(looksLikeJson('\uFEFF\n  [ {"model": "dcim.rack"')).toBe(true)
    expect(looksLikeJson('12\n15\n9\n')).toBe(false) // a PlanetLab file: one utilisation a line
    expect(looksLikeJson('timestamp,rack,metric,value\n')).toBe(false) // a long CSV
    expect(looksLikeJson('; SWF header\n')).toBe(false)
    expect(looksLikeJson('PAR1')).toBe(false) // parquet's magic bytes
  })

  it('knows a scenario by version and room or rows', () => {
    expect(isScenarioShaped({ version: 1, room: {} })).toBe(true)
    expect(isScenarioShaped({ version: 1, rows: [] })).toBe(true)
    expect(isScenarioShaped({ count: 2, results: [] })).toBe(false)
    expect(isScenarioShaped([{ model: 'dcim.rack' }])).toBe(false)
    expect(isScenarioShaped(null)).toBe(false)
  })
})

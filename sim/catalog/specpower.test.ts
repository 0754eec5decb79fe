// The committed SPECpower catalogue against the CSV it is generated from (a byte-exact copy of
// ../shared/data/specpower/specpower_curves_20servers.csv in test-fixtures/specpower).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { SPECPOWER_CATALOG, SPECPOWER_IDS, specPowerEntry } from './specpower.ts'

const csvFile = fixture('specpower/specpower_curves_20servers.csv')
const sharedCsv = sharedData(
  'specpower/specpower_curves_20servers.csv',
  'comparing the SPECpower fixture with the shared CSV',
)

// Quoted fields may hold commas and "" (no line breaks in this file).
function fields(line: string): string[] {
  const out: string[] = []
  const field = /("(?:[^"]|"")*"|[^,"]*)(,|$)/y
  for (let m = field.exec(line); m; m = m[2] === ',' ? field.exec(line) : null)
    out.push(m[1].startsWith('"') ? m[1].slice(1, -1).replaceAll('""', '"') : m[1])
  return out
}

describe('SPECpower catalogue', () => {
  it('has 20 entries with unique kebab-case ids', () => {
    expect(SPECPOWER_CATALOG).toHaveLength(20)
    expect(new Set(SPECPOWER_IDS).size).toBe(20)
    for (const id of SPECPOWER_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
  it('has 11-point curves that never decrease with load (checked against the data: all 20 do)', () => {
    for (const { id, curveW } of SPECPOWER_CATALOG) {
      expect(curveW, id).toHaveLength(11)
      for (let k = 1; k < 11; k++)
        expect(curveW[k], `${id} at ${10 * k} %`).toBeGreaterThanOrEqual(curveW[k - 1])
    }
  })
  it('finds entries by id', () => {
    const r740 = specPowerEntry('dell-poweredge-r740-2x-xeon-platinum-8180')
    expect(r740?.curveW[0]).toBe(52.3) // active idle, SPEC result 20170829-00780
    expect(r740?.source.repo).toBe('maverickn/Diss')
    expect(specPowerEntry('acer-ar360-f2')?.curveW[10]).toBe(315)
    expect(specPowerEntry('nope')).toBeUndefined()
  })

  it('equals the CSV row by row', () => {
    const [header, ...rows] = readFileSync(csvFile, 'utf8').trim().split(/\r?\n/).map(fields)
    const col = (name: string) => header.indexOf(name)
    expect(rows).toHaveLength(SPECPOWER_CATALOG.length)
    rows.forEach((row, r) => {
      const entry = SPECPOWER_CATALOG[r]
      expect(row, `CSV row ${r + 1}`).toHaveLength(header.length)
      expect(entry.curveW, entry.id).toEqual(row.slice(col('w_idle'), col('w_100pct') + 1).map(Number))
      expect([entry.server, entry.config, entry.specResultUrl]).toEqual([
        row[col('server')],
        row[col('config')],
        row[col('spec_result_url')],
      ])
      expect(entry.source).toMatchObject({
        repo: row[col('source_repo')],
        commit: row[col('source_commit')],
        path: row[col('source_path')],
      })
    })
  })

  it.skipIf(!sharedCsv)('reads a fixture that is still the shared CSV byte for byte', () => {
    expect(readFileSync(csvFile, 'utf8')).toBe(readFileSync(sharedCsv, 'utf8'))
  })
})

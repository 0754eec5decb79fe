// Bad NetBox input: one error naming the file, JSON path and problem; looksLikeNetbox tells exports from others.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../test-fixtures/sharedData.ts'
import { looksLikeNetbox, netboxToScenario, readNetbox, readNetboxText } from './index.ts'

const demo = JSON.parse(readFileSync(fixture('netbox/netbox-demo-v3.6-dcim.json'), 'utf8')) as {
  model: string
  fields: Record<string, unknown>
}[]
const rest = JSON.parse(readFileSync(fixture('netbox/rest-v4.json'), 'utf8'))
const fails = (json: unknown) => () => readNetbox(json, 'mine.json')

describe('a malformed NetBox file', () => {
  it('is not JSON: the position', () => {
    expect(() => readNetboxText('[{"model": "dcim.rack",', 'mine.json')).toThrow(
      /^mine\.json: \$: not valid JSON: /,
    )
  })

  it('has a rack u_height "abc": its dumpdata path', () => {
    const bad = structuredClone(demo)
    const i = bad.findIndex((r) => r.model === 'dcim.rack')
    bad[i].fields.u_height = 'abc'
    expect(fails(bad)).toThrow(`mine.json: $[${i}].fields.u_height: expected a number, got "abc"`)
  })

  it('has a REST rack with a bad nested site: its REST path', () => {
    const bad = structuredClone(rest)
    bad.racks.results[1].site = 'Lab East'
    expect(fails(bad)).toThrow(
      'mine.json: $.racks.results[1].site: expected an id or an object with an "id", got "Lab East"',
    )
  })

  it('has the wrong shape', () => {
    expect(fails({ version: 1, rows: [] })).toThrow(/^mine\.json: \$: not a NetBox export: a dumpdata list/)
    expect(fails(42)).toThrow(/not a NetBox export/)
    expect(fails({ racks: 7 })).toThrow('mine.json: $.racks: expected a list or a REST page')
    expect(fails([{ model: 'dcim.site', pk: 1, fields: { name: 'x' } }])).toThrow(
      'mine.json: $: no racks found',
    )
  })

  it('has nothing left to simulate once every type is skipped', () => {
    const inventory = readNetbox(rest, 'mine.json')
    const mapping = { 'poweredge-r650': { skip: true }, 'poweredge-r750': { skip: true } } as const
    expect(() => netboxToScenario(inventory, { mapping, source: 'mine.json' })).toThrow(
      'mine.json: $: no device could be placed',
    )
  })
})

describe('a REST page with more to fetch', () => {
  it('is read, and named under skipped with its next link', () => {
    const paged = structuredClone(rest)
    paged.devices.next = 'https://netbox.example.com/api/dcim/devices/?limit=9&offset=9'
    const { report } = netboxToScenario(readNetbox(paged, 'paged.json'))
    expect(report.devicesPlaced).toBe(4)
    expect(report.skipped[0]).toEqual({
      what: '$.devices: 9 results of a longer list',
      why: `the file holds one page only (next: ${paged.devices.next}); export with ?limit=1000 or follow next`,
    })
  })
})

describe('looksLikeNetbox', () => {
  it('knows both shapes and a single page', () => {
    expect(looksLikeNetbox(demo)).toBe(true)
    expect(looksLikeNetbox(rest)).toBe(true)
    expect(looksLikeNetbox(rest.racks)).toBe(true)
    expect(looksLikeNetbox(Object.values(rest))).toBe(true)
  })

  it('does not take a scenario, a trace or other JSON for one', () => {
    const scenario = JSON.parse(
      readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8'),
    )
    expect(looksLikeNetbox(scenario)).toBe(false)
    expect(looksLikeNetbox([1, 2, 3])).toBe(false)
    expect(looksLikeNetbox([{ model: 'auth.user', pk: 1, fields: {} }])).toBe(false)
    expect(looksLikeNetbox({ results: [{ url: 'https://x/api/ipam/prefixes/1/' }] })).toBe(false)
    expect(looksLikeNetbox(null)).toBe(false)
  })
})

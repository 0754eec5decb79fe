// The hand-written REST fixture (NetBox 4.x pages): every skip reason, U positions, power figures by hand, layout.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../test-fixtures/sharedData.ts'
import { parseScenario } from '../../scenario/parse.ts'
import { feedAvailableW, IDLE_SHARE, netboxToScenario, readNetbox, readNetboxText } from './index.ts'

const text = readFileSync(fixture('netbox/rest-v4.json'), 'utf8')
const { doc, report } = netboxToScenario(readNetboxText(text, 'rest.json'), { source: 'rest.json' })
const whyOf = (what: string) => report.skipped.find((s) => s.what === what)?.why

describe('a REST export, one page per endpoint', () => {
  it('counts racks with devices, devices placed and feeds used', () => {
    expect([report.racks, report.devicesPlaced, report.feeds]).toEqual([2, 4, 3])
    expect(report.rackIds).toEqual([
      { netbox: 'A01', id: 'Hall-A-01' },
      { netbox: 'A02', id: 'Hall-A-02' },
    ])
  })

  it('names each thing skipped with its reason', () => {
    expect(whyOf('rack "A03"')).toBe('no devices')
    expect(whyOf('device "spare01"')).toBe('not in a rack')
    expect(whyOf('device "stage01"')).toMatch(/^no U position/)
    expect(whyOf('device "old01"')).toBe('status "offline": draws no power')
    expect(whyOf('device "web03"')).toMatch(/already held by device "web02"/)
    expect(whyOf('device "24-port patch panel #5"')).toMatch(/^no power data/)
    expect(whyOf('power feed "A03-A"')).toBe('rack "A03" is not in the hall (no devices)')
    expect(whyOf('power feed "spare"')).toBe('not connected to a rack')
    expect(whyOf('power feed "A02-A2"')).toMatch(/already has an A feed/)
    expect(report.skipped).toHaveLength(9)
  })

  it('places devices by U from the bottom: half-U rounded down, top-down racks turned over', () => {
    const [a01, a02] = doc.rows[0].racks
    expect(a01.servers).toEqual([
      { model: 'poweredge-r650', uPosition: 10, count: 1 },
      { model: 'poweredge-r650', uPosition: 11, count: 1 },
      { model: 'poweredge-r750', uPosition: 20, count: 1 }, // NetBox position 20.5
    ])
    // A02 counts units top-down: a 2 U device at NetBox U1 fills the top two, U41–42 from the bottom.
    expect(a02.servers).toEqual([{ model: 'poweredge-r750', uPosition: 41, count: 1 }])
  })

  it('takes the largest maximum_draw, or the sum of allocated_draw, with the catalogue idle share', () => {
    const model = (id: string) => doc.serverModels.find((m) => m.id === id)?.power
    // R650: two 750 W supplies, each able to carry the whole load: 750 W, not 1500.
    expect(model('poweredge-r650')).toEqual({
      kind: 'linear',
      idleW: Math.round(750 * IDLE_SHARE),
      maxW: 750,
    })
    // R750: allocated 300 + 300 W.
    expect(model('poweredge-r750')).toEqual({
      kind: 'linear',
      idleW: Math.round(600 * IDLE_SHARE),
      maxW: 600,
    })
    expect(IDLE_SHARE).toBeCloseTo(0.2447, 4)
  })

  it('maps feeds to A/B cords on PDUs with the feed ratings; a three-phase feed by hand', () => {
    const chain = doc.powerChain
    expect(chain?.feeds).toEqual([
      { racks: 'Hall-A-01', pduA: 'pdu-PP-A', pduB: 'pdu-PP-B' },
      { racks: 'Hall-A-02', pduA: 'pdu-PP-A-2' },
    ])
    const pduA = chain?.pdus.find((p) => p.id === 'pdu-PP-A')
    expect(pduA).toMatchObject({ voltageV: 400, breakerRatingA: 32, phases: 3, continuousLoadFactor: 0.8 })
    // 400 V × 32 A × 0.8 × 1.732 (NetBox's √3) = 17,735.7 W → 17.74 kW; the rack's budget is its A feed.
    const threePhase = { voltageV: 400, amperageA: 32, maxUtilizationPct: 80, phase: 'three-phase' }
    expect(feedAvailableW(threePhase)).toBeCloseTo(17_735.68, 6)
    expect(pduA?.capacityKw).toBe(17.74)
    expect(doc.rows[0].racks[0].powerBudgetKw).toBe(17.74)
    // 230 V × 16 A × 0.8 = 2,944 W.
    expect(doc.rows[0].racks[1].powerBudgetKw).toBe(2.94)
    expect(chain?.upsSystems.map((u) => [u.id, u.redundancy])).toEqual([
      ['ups-a', '2N'],
      ['ups-b', '2N'],
    ])
  })

  it('lays the one location out as one row in a room with clearances, and two 10 kW CRAHs (N+1)', () => {
    expect(doc.rows).toHaveLength(1)
    expect(doc.rows[0]).toMatchObject({ id: 'Hall-A', xM: 3, yM: 1.2, axis: 'x', facing: '+y' })
    // 3 m unit strip + 12 racks × 0.6 m line + 1.2 m wall; 1.2 m wall + 1.2 m rack + 1.2 m wall.
    expect(doc.room).toMatchObject({ widthM: 11.4, depthM: 3.6 })
    // 2,700 W × 1.2 = 3.24 kW: one duty unit at the 10 kW minimum, plus one standby.
    expect(doc.coolingUnits.map((u) => u.capacityKw)).toEqual([10, 10])
    expect(doc.coolingRedundancy).toBe('N+1')
    expect(() => parseScenario(doc, 'rest.json')).not.toThrow()
  })

  it('reads the same objects given as a list of pages or as bare lists', () => {
    const json = JSON.parse(text) as Record<string, { results: unknown[] }>
    const pages = Object.values(json)
    const lists = Object.fromEntries(Object.entries(json).map(([k, page]) => [k, page.results]))
    for (const shape of [pages, lists]) {
      const again = netboxToScenario(readNetbox(shape, 'x.json'), { source: 'rest.json' })
      expect(again.doc).toEqual(doc)
    }
  })

  it('applies a mapping: a type to a catalogue curve, another skipped', () => {
    const mapped = netboxToScenario(readNetboxText(text), {
      mapping: {
        'poweredge-r650': { catalogue: 'dell-poweredge-r640-2x-xeon-platinum-8180' },
        'poweredge-r750': { skip: true },
      },
    })
    expect(mapped.report.devicesPlaced).toBe(2)
    expect(mapped.doc.serverModels[0].power).toEqual({
      kind: 'specpower',
      catalog: 'dell-poweredge-r640-2x-xeon-platinum-8180',
    })
    expect(mapped.report.skipped.find((s) => s.what === 'device "db01"')?.why).toBe(
      'its type PowerEdge R750 is mapped to skip',
    )
  })
})

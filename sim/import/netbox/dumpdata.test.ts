// The NetBox demo's dumpdata fixture: counts equal what the test computes from the raw file, feed watts equal the
// available_power NetBox stored, and the imported hall parses and runs a simulated day.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../../test-fixtures/sharedData.ts'
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { breakerContinuousLimitW } from '../../model/powerChain/capacity.ts'
import { feedAvailableW, netboxToScenario, readNetboxText } from './index.ts'

const text = readFileSync(fixture('netbox/netbox-demo-v3.6-dcim.json'), 'utf8')
type Record_ = { model: string; pk: number; fields: Record<string, unknown> }
const raw = JSON.parse(text) as Record_[]
const of = (model: string) => raw.filter((r) => r.model === model)
const inventory = readNetboxText(text, 'demo.json')
const { doc, report } = netboxToScenario(inventory, { source: 'demo.json' })

// From the raw file: a device counts when it sits at a position in a rack and one of its ports has maximum_draw.
const devices = of('dcim.device')
const drawByDevice = new Map<number, number>()
for (const port of of('dcim.powerport')) {
  const w = Number(port.fields.maximum_draw ?? 0)
  const d = port.fields.device as number
  if (w > 0) drawByDevice.set(d, Math.max(w, drawByDevice.get(d) ?? 0))
}
const typesWithPower = new Set(devices.filter((d) => drawByDevice.has(d.pk)).map((d) => d.fields.device_type))
const placed = devices.filter(
  (d) => d.fields.rack !== null && d.fields.position !== null && typesWithPower.has(d.fields.device_type),
)
const racksWithDevices = new Set<unknown>(devices.map((d) => d.fields.rack).filter((r) => r !== null))
const feedsToThem = of('dcim.powerfeed').filter((f) => racksWithDevices.has(f.fields.rack))

describe('the NetBox demo dumpdata', () => {
  it('imports the racks holding devices, the devices with power data and the feeds of those racks', () => {
    expect(report.racks).toBe(racksWithDevices.size)
    expect(report.devicesPlaced).toBe(placed.length)
    expect(report.feeds).toBe(feedsToThem.length)
    // The same numbers, as read off the file by hand: 24 racks, 13 routers + 3 distribution switches, 7 × 2 feeds.
    expect([report.racks, report.devicesPlaced, report.feeds]).toEqual([24, 16, 14])
  })

  it('names every object left out, once, with why', () => {
    const skippedRacks = report.skipped.filter((s) => s.what.startsWith('rack '))
    expect(skippedRacks).toHaveLength(of('dcim.rack').length - racksWithDevices.size)
    expect(skippedRacks.every((s) => s.why === 'no devices')).toBe(true)
    const skippedDevices = report.skipped.filter((s) => s.what.startsWith('device '))
    expect(skippedDevices).toHaveLength(devices.length - placed.length)
    expect(skippedDevices.filter((s) => s.why.startsWith('no power data'))).toHaveLength(
      devices.length - placed.length,
    )
    const skippedFeeds = report.skipped.filter((s) => s.what.startsWith('power feed '))
    expect(skippedFeeds).toHaveLength(of('dcim.powerfeed').length - feedsToThem.length)
    expect(skippedFeeds[0].why).toMatch(/^rack "R\d+" is not in the hall \(no devices\)$/)
  })

  it('gives every feed the W NetBox stored as available_power', () => {
    for (const feed of inventory.powerFeeds)
      expect(Math.round(feedAvailableW(feed))).toBe(feed.storedAvailableW)
    // By hand: 220 V × 20 A × 80 % = 3,520 W, single phase, as all 48 feeds of the demo.
    expect(inventory.powerFeeds[0].storedAvailableW).toBe(3520)
    // Plenum's own feed limit (model/powerChain/capacity.ts) of the PDUs the feeds became, rack by rack.
    for (const pdu of doc.powerChain?.pdus.filter((p) => p.id !== 'pdu-assumed') ?? [])
      expect(breakerContinuousLimitW({ continuousLoadFactor: 0.8, ...pdu })).toBeCloseTo(3520, 6)
  })

  it('lays rows out by site and location in lines paired around cold aisles', () => {
    // 19 rows (13 closets, 3 IDF sites, MDF's unlocated rack, Row 1, Row 2) on 5 lines of 7.2 m: each line 1.2 m
    // deep, then a 1.8 m cold aisle or a 1.2 m hot aisle in turn, from a 1.2 m wall clearance.
    const lines = [...new Set(doc.rows.map((r) => r.yM))]
    expect(lines).toEqual([1.2, 4.2, 6.6, 9.6, 12])
    for (const row of doc.rows) expect(row.facing).toBe(lines.indexOf(row.yM) % 2 === 0 ? '+y' : '-y')
    expect(doc.rows.find((r) => r.id === 'Row-1')?.racks).toHaveLength(6)
    expect(doc.aisles?.map((a) => [a.kind, a.yM, a.depthM])).toEqual([
      ['cold', 2.4, 1.8],
      ['hot', 5.4, 1.2],
      ['cold', 7.8, 1.8],
      ['hot', 10.8, 1.2],
    ])
    // 3 m unit strip + 7.2 m + 1.2 m; 12 m + 1.2 m rack + 1.2 m wall.
    expect(doc.room).toMatchObject({ widthM: 11.4, depthM: 14.4 })
  })

  it('parses and runs a simulated day in Node', { timeout: 60_000 }, () => {
    const scenario = parseScenario(doc, 'demo.json')
    expect(scenario.racks).toHaveLength(24)
    expect(scenario.racks.reduce((n, r) => n + r.servers.length, 0)).toBe(16)
    const sim = createSimulation(scenario)
    sim.runUntil(86_400)
    expect(sim.world.totals.itEnergyJ).toBeGreaterThan(0)
    for (const inletC of sim.world.rackInletC) expect(inletC).toBeLessThan(27)
  })
})

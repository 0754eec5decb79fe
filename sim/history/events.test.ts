// One event log of what the engine records, in plain words with value and limit, the same however the run is stepped.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { createEventLog } from './events.ts'

const scenario = parseScenarioText(
  readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'),
  'default.json',
)

/** The default hall: crah-1 fails at 1000 s, the other two at 2000 s, then `afterS` more, in steps of `stepS`. */
function run(afterS: number, stepS: number) {
  const sim = createSimulation(scenario)
  const log = createEventLog(sim)
  sim.runUntil(0)
  sim.advance(1000)
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-1' })
  sim.advance(1000)
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-2' })
  sim.apply({ type: 'failCoolingUnit', unitId: 'crah-3' })
  for (let doneS = 0; doneS < afterS; doneS += stepS) sim.advance(stepS)
  return { sim, log }
}

describe('createEventLog', () => {
  it('lists a failure and what it raised, with values and limits in plain words', () => {
    const { log } = run(3600, 3600)
    const [first, second] = log.eventsSince(0)
    expect(first).toMatchObject({ id: 0, atS: 1000, kind: 'failure', severity: 'alarm', transition: 'once' })
    expect(first.asset).toEqual({ kind: 'unit', id: 'crah-1', index: 0 })
    expect(first.text).toBe('crah-1 failed')
    // N+1 with three 80 kW units: two running less one spare leaves 80 kW, under the hall's ~83 kW of heat.
    expect(second).toMatchObject({ id: 1, atS: 1000, kind: 'redundancy', severity: 'warning', limit: 80 })
    expect(second.text).toMatch(/^Cooling redundancy lost: heat 8\d\.\d kW of 80\.0 kW/)
  })

  it('names each tripped rack with its inlet against the 45 °C trip', () => {
    const { log } = run(3 * 3600, 600)
    const trips = log.eventsSince(0).filter((e) => e.kind === 'trip')
    expect(trips.length).toBeGreaterThan(0)
    for (const trip of trips) {
      expect(trip.severity).toBe('alarm')
      expect(trip.limit).toBe(45)
      expect(trip.value).toBeGreaterThanOrEqual(45)
      expect(trip.asset.index).toBe(scenario.racks.findIndex((r) => r.id === trip.asset.id))
      expect(trip.text).toMatch(/^Rack [AB]-\d\d shut down: inlet 4\d\.\d °C ≥ 45 °C trip$/)
    }
  }, 60_000)

  it('is the same list, with the same ids, stepped in one go or in minutes, and hands out only the tail', () => {
    const once = run(3 * 3600, 3 * 3600).log.eventsSince(0)
    const minutes = run(3 * 3600, 60).log
    expect(minutes.eventsSince(0)).toEqual(once)
    expect(once.map((e) => e.id)).toEqual(once.map((_, k) => k))
    expect(minutes.eventsSince(once.length - 2)).toEqual(once.slice(-2))
    // Oldest first.
    for (let k = 1; k < once.length; k++) expect(once[k].atS).toBeGreaterThanOrEqual(once[k - 1].atS)
  }, 60_000)

  it('lists racks without power when both PDUs fail', () => {
    const sim = createSimulation(scenario)
    const log = createEventLog(sim)
    sim.runUntil(0)
    sim.apply({ type: 'failPowerAsset', assetId: 'pdu-a1' })
    sim.apply({ type: 'failPowerAsset', assetId: 'pdu-b1' })
    sim.advance(60)
    const outages = log.eventsSince(0).filter((e) => e.kind === 'outage')
    expect(outages.map((e) => e.asset.index)).toEqual(scenario.racks.map((_, i) => i))
    expect(outages[0]).toMatchObject({ severity: 'alarm', transition: 'raised', unit: 'kW', limit: 0 })
    expect(outages[0].text).toMatch(/^Rack A-01 without power: \d+\.\d kW unserved$/)
  })

  it('lists a rack on one feed with no limit (not 0 kW) and says what is at stake', () => {
    const sim = createSimulation(scenario)
    const log = createEventLog(sim)
    sim.runUntil(0)
    sim.apply({ type: 'failPowerAsset', assetId: 'pdu-a1' })
    sim.advance(60)
    const oneFeed = log.eventsSince(0).filter((e) => e.kind === 'redundancy' && e.asset.index !== undefined)
    expect(oneFeed.length).toBeGreaterThan(0)
    for (const e of oneFeed) {
      expect(e).toMatchObject({ severity: 'warning', transition: 'raised', unit: 'kW', limit: null })
      expect(e.value).toBeGreaterThan(0)
      expect(e.text).toMatch(
        /^Rack [AB]-\d\d on one feed: \d+\.\d kW, no second feed, it goes dark if this one fails$/,
      )
    }
  })
})

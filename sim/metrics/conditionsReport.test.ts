// The redundancy parts of the run report: time in each cooling condition from the log, the cooling design
// against its capacities, and A/B racks over-subscribed above 0.8 × 32 A × 230 V = 5,888 W.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { secondsInCondition } from './conditionsReport.ts'
import { runReport } from './report.ts'

describe('secondsInCondition', () => {
  it('sums raised-to-cleared spans per asset and counts one still active to now', () => {
    const event = (atS: number, transition: 'raised' | 'cleared', kind: string, assetId = 'cooling') => ({
      atS,
      transition,
      kind,
      assetId,
      loadW: 0,
      limitW: 0,
    })
    const log = [
      event(600, 'raised', 'redundancyLost'),
      event(1200, 'raised', 'overCapacity'),
      event(1800, 'cleared', 'overCapacity'),
      event(2400, 'cleared', 'redundancyLost'),
      event(3000, 'raised', 'redundancyLost'),
    ]
    // 2400 − 600 + (3600 − 3000) = 2400 s; 1800 − 1200 = 600 s.
    expect(secondsInCondition(log, 'redundancyLost', 3600)).toBe(2400)
    expect(secondsInCondition(log, 'overCapacity', 3600)).toBe(600)
  })
})

describe('cooling.redundancy of a run: 3 × 80 kW at N+1, about 100 kW of heat, two units out for a while', () => {
  const scenario = tinyHall({ units: 3 }, (s) => {
    s.room.widthM = 30
    s.room.lightingW = 93_000
    s.coolingRedundancy = 'N+1'
    s.coolingUnits.forEach((unit) => (unit.capacityKw = 80))
    s.events = [
      { atS: 600, command: { type: 'failCoolingUnit', unitId: 'crah-1' } },
      { atS: 1200, command: { type: 'failCoolingUnit', unitId: 'crah-2' } },
      { atS: 1800, command: { type: 'restoreCoolingUnit', unitId: 'crah-2' } },
      { atS: 2400, command: { type: 'restoreCoolingUnit', unitId: 'crah-1' } },
    ]
  })
  const sim = createSimulation(parseScenario(scenario))
  sim.runUntil(3600)
  const { redundancy } = runReport(sim).cooling

  it('states the design, 240 kW running and 160 kW with the largest unit out, intact at the end', () => {
    expect(redundancy).toMatchObject({
      design: 'N+1',
      spareUnits: 1,
      runningUnits: 3,
      runningCapacityKw: 240,
      designCapacityKw: 160,
      state: 'intact',
      activeConditions: [],
      eventCount: 4,
    })
    expect(redundancy.heatLoadKw).toBeCloseTo(sim.world.heatInW / 1000, 12)
  })

  it('spent 1800 s with redundancy lost (600–2400 s) and 600 s over capacity (1200–1800 s)', () => {
    expect(redundancy.secondsRedundancyLost).toBe(1800)
    expect(redundancy.secondsOverCapacity).toBe(600)
  })
})

/** Two racks of 20 servers (300 W each at full load) on A/B feeds of 32 A at 230 V, single phase, PF 1. */
const abHall = (utilization: number) =>
  tinyHall({ serversPerRack: 20, utilization }, (s: ScenarioInput) => {
    delete s.electrical
    const branch = { capacityKw: 50, breakerRatingA: 32, voltageV: 230, phases: 1 as const, powerFactor: 1 }
    s.powerChain = {
      upsSystems: [
        { id: 'ups-a', capacityKw: 50, redundancy: '2N', partnerId: 'ups-b' },
        { id: 'ups-b', capacityKw: 50, redundancy: '2N', partnerId: 'ups-a' },
      ],
      pdus: [
        { id: 'pdu-a', upsId: 'ups-a', ...branch },
        { id: 'pdu-b', upsId: 'ups-b', ...branch },
      ],
      feeds: [{ racks: '*', pduA: 'pdu-a', pduB: 'pdu-b' }],
    }
  })

describe('power.overSubscribedRacks', () => {
  const reportAt = (utilization: number) => {
    const sim = createSimulation(parseScenario(abHall(utilization)))
    sim.runUntil(600)
    return runReport(sim).power
  }

  it('lists both racks at 20 × 300 W = 6,000 W > 5,888 W, and their redundancy as lost', () => {
    const power = reportAt(1)
    expect(power.overSubscribedRacks).toEqual(['A-01', 'A-02'])
    expect(power.redundancy).toBe('lost')
    const [first] = power.events
    expect(first).toMatchObject({ atS: 0, transition: 'raised', kind: 'overSubscribed', loadW: 6_000 })
    expect(first.limitW).toBeCloseTo(0.8 * 32 * 230, 9)
  })

  it('lists none at 20 × 280 W = 5,600 W', () => {
    const power = reportAt(0.9)
    expect(power.overSubscribedRacks).toEqual([])
    expect(power.redundancy).toBe('intact')
  })
})

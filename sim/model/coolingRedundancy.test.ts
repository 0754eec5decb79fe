// Cooling redundancy against hand-computed thresholds: 3 × 80 kW units at N+1 lose redundancy above 160 kW and
// are over capacity above 240 kW; the design is checked against the installed units; a run logs both with times.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { buildWorld } from '../scenario/build.ts'
import { createSimulation } from '../simulation.ts'
import { scenarioProblems } from '../testing/scenarioProblems.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { HEADER } from '../metrics/snapshot.ts'
import {
  capacityWithoutLargestW,
  checkCooling,
  COOLING_STATES,
  coolingCapacityOf,
  designSpareUnits,
  type CoolingRedundancy,
} from './coolingRedundancy.ts'
import { CONDITION_DEADBAND, createConditionLog, recordConditions } from './conditionLog.ts'
import type { CoolingCondition } from './coolingRedundancy.ts'

/** The tiny hall, 40 m wide for up to 5 units 8 m apart, with `capacitiesKw` units at the given design. */
const hall = (
  design: CoolingRedundancy,
  capacitiesKw: number[],
  patch: (s: ScenarioInput) => void = () => {},
) =>
  tinyHall({ units: capacitiesKw.length }, (s) => {
    s.room.widthM = 40
    s.coolingRedundancy = design
    s.coolingUnits.forEach((unit, j) => (unit.capacityKw = capacitiesKw[j]))
    patch(s)
  })

/** The conditions of a world of `hall` at a heat load of `heatW`, with the units in `failed` stopped. */
function conditionsAt(
  design: CoolingRedundancy,
  capacitiesKw: number[],
  heatW: number,
  failed: number[] = [],
) {
  const world = buildWorld(parseScenario(hall(design, capacitiesKw)))
  for (const j of failed) world.unitRunning[j] = 0
  world.heatInW = heatW
  return checkCooling(coolingCapacityOf(world)).map((c) => [c.kind, c.limitW])
}

describe('designSpareUnits and capacityWithoutLargestW', () => {
  it('spares 0, 1, 2 units and half of 6 for N, N+1, N+2 and 2N', () => {
    expect((['N', 'N+1', 'N+2', '2N'] as const).map((d) => designSpareUnits(d, 6))).toEqual([0, 1, 2, 3])
  })

  it('takes the largest units out first: 100 + 80 + 60 kW less the largest two leaves 60 kW', () => {
    expect(capacityWithoutLargestW([80_000, 100_000, 60_000], 2)).toBe(60_000)
    expect(capacityWithoutLargestW([80_000], 1)).toBe(0)
  })
})

describe('checkCooling', () => {
  const units3 = [80, 80, 80]

  it('3 × 80 kW at N+1: intact to 160 kW, redundancy lost above it, over capacity above 240 kW', () => {
    expect(conditionsAt('N+1', units3, 160_000)).toEqual([])
    expect(conditionsAt('N+1', units3, 160_001)).toEqual([['redundancyLost', 160_000]])
    expect(conditionsAt('N+1', units3, 240_000)).toEqual([['redundancyLost', 160_000]])
    expect(conditionsAt('N+1', units3, 240_001)).toEqual([
      ['redundancyLost', 160_000],
      ['overCapacity', 240_000],
    ])
  })

  it('counts only running units: with one of three out, 80 kW is left at N+1 and 160 kW in all', () => {
    expect(conditionsAt('N+1', units3, 80_001, [0])).toEqual([['redundancyLost', 80_000]])
    expect(conditionsAt('N+1', units3, 160_001, [2])).toEqual([
      ['redundancyLost', 80_000],
      ['overCapacity', 160_000],
    ])
  })

  it('design N promises no spare, so only over capacity is raised', () => {
    expect(conditionsAt('N', units3, 200_000)).toEqual([])
    expect(conditionsAt('N', units3, 240_001)).toEqual([['overCapacity', 240_000]])
  })

  it('N+2 of 100 + 80 + 60 + 40 kW keeps the two smallest: 100 kW', () => {
    expect(conditionsAt('N+2', [100, 80, 60, 40], 100_000)).toEqual([])
    expect(conditionsAt('N+2', [100, 80, 60, 40], 100_001)).toEqual([['redundancyLost', 100_000]])
  })

  it('2N of 4 × 80 kW carries 160 kW on one side; one unit out leaves 80 kW after the next side fails', () => {
    expect(conditionsAt('2N', [80, 80, 80, 80], 160_000)).toEqual([])
    expect(conditionsAt('2N', [80, 80, 80, 80], 160_001)).toEqual([['redundancyLost', 160_000]])
    expect(conditionsAt('2N', [80, 80, 80, 80], 80_001, [1])).toEqual([['redundancyLost', 80_000]])
  })
})

describe('the deadband: crah-1 out of 3 × 80 kW at N+1 leaves 80 kW after the next failure', () => {
  const world = buildWorld(parseScenario(hall('N+1', [80, 80, 80])))
  world.unitRunning[0] = 0
  /** Logs the cooling conditions for the heat loads in `heatKw`, one a minute; returns the log. */
  const replay = (heatKw: number[]) => {
    const log = createConditionLog<CoolingCondition>()
    heatKw.forEach((kw, k) => {
      world.heatInW = kw * 1000
      recordConditions(log, 60 * k, checkCooling(coolingCapacityOf(world), log.conditions))
    })
    return log
  }

  it('is 2 %: clears below 78.4 kW', () => {
    expect(CONDITION_DEADBAND).toBe(0.02)
  })

  it('raises once for a load swinging ±0.3 % about the limit (79.76 to 80.24 kW) and never clears', () => {
    const swing = Array.from({ length: 60 }, (_, k) => 80 * (k % 2 === 0 ? 1.003 : 0.997))
    const log = replay(swing)
    expect(log.log.map((e) => [e.atS, e.transition, e.kind])).toEqual([[0, 'raised', 'redundancyLost']])
    expect(log.eventCount).toBe(1)
    expect(log.conditions.map((c) => [c.kind, c.loadW, c.limitW])).toEqual([
      ['redundancyLost', 80 * 0.997 * 1000, 80_000],
    ])
  })

  it('holds at 78.5 kW, clears at 78.3 kW (below 80 kW × 0.98), and raises again only above 80 kW', () => {
    const log = replay([80.2, 79.0, 78.5, 78.3, 79.9, 80.0, 80.1])
    expect(log.log.map((e) => [e.atS, e.transition])).toEqual([
      [0, 'raised'],
      [180, 'cleared'],
      [360, 'raised'],
    ])
  })

  it('without the conditions raised before, a check is the bare threshold (what a one-off query asks)', () => {
    world.heatInW = 79_900
    expect(checkCooling(coolingCapacityOf(world))).toEqual([])
  })
})

describe('the design against the installed units', () => {
  it('refuses N+2 on two units and 2N on three, at $.coolingRedundancy', () => {
    expect(scenarioProblems(hall('N+2', [80, 80]), 'h.json')).toEqual([
      'h.json: $.coolingRedundancy: N+2 needs at least 3 cooling units, the hall has 2',
    ])
    expect(scenarioProblems(hall('2N', [80, 80, 80]), 'h.json')).toEqual([
      'h.json: $.coolingRedundancy: 2N needs an even number of cooling units (two equal sides), the hall has 3',
    ])
  })

  it('refuses a design that is not one of N, N+1, N+2, 2N', () => {
    const [problem] = scenarioProblems(hall('N+3' as CoolingRedundancy, [80, 80]), 'h.json')
    expect(problem).toMatch(/^h\.json: \$\.coolingRedundancy: /)
  })
})

describe('a run of 3 × 80 kW at N+1 with about 100 kW of heat (93 kW of it lighting)', () => {
  // crah-1 fails at 10 min (80 kW left after the next failure < 100 kW), crah-2 at 20 min (80 kW running
  // < 100 kW), crah-2 returns at 30 min and crah-1 at 40 min.
  const scenario = parseScenario(
    hall('N+1', [80, 80, 80], (s) => {
      s.room.lightingW = 93_000
      s.events = [
        { atS: 600, command: { type: 'failCoolingUnit', unitId: 'crah-1' } },
        { atS: 1200, command: { type: 'failCoolingUnit', unitId: 'crah-2' } },
        { atS: 1800, command: { type: 'restoreCoolingUnit', unitId: 'crah-2' } },
        { atS: 2400, command: { type: 'restoreCoolingUnit', unitId: 'crah-1' } },
      ]
    }),
  )
  const sim = createSimulation(scenario)
  sim.runUntil(3600)
  const { log, conditions, eventCount } = sim.world.coolingConditions

  it('logs redundancy lost from 600 to 2400 s and over capacity from 1200 to 1800 s, nothing at the end', () => {
    expect(log.map((e) => [e.atS, e.transition, e.kind, e.limitW])).toEqual([
      [600, 'raised', 'redundancyLost', 80_000],
      [1200, 'raised', 'overCapacity', 80_000],
      [1800, 'cleared', 'overCapacity', 80_000],
      [2400, 'cleared', 'redundancyLost', 80_000],
    ])
    expect(eventCount).toBe(4)
    expect(conditions).toEqual([])
  })

  it('carries the state in the snapshot for the Power tab: lost at 900 s, over capacity at 1500 s', () => {
    const replay = createSimulation(scenario)
    const stateAt = (tS: number) => {
      replay.runUntil(tS)
      return COOLING_STATES[replay.snapshot(new Float64Array(replay.layout.length))[HEADER.coolingState]]
    }
    expect([300, 900, 1500, 2100, 3000].map(stateAt)).toEqual([
      'within design',
      'redundancy lost',
      'over capacity',
      'redundancy lost',
      'within design',
    ])
  })

  it('raises with the heat load between the thresholds it crossed (80 kW < heat < 160 kW)', () => {
    for (const e of log) {
      expect(e.loadW).toBeGreaterThan(80_000)
      expect(e.loadW).toBeLessThan(160_000)
    }
  })
})

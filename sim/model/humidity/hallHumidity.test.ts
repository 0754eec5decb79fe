// The hall's moisture in whole runs of the tiny hall: a dry coil keeps the room's dew point, an air-side economiser
// carries the full load at 10 °C / 5 °C dew point outdoors and none at 30 °C, and a tape rack breaches its
// 5 °C-in-an-hour limit when the supply steps up twice by 3 °C (docs/physics.md#humidity-and-ashrae-classes).
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import {
  dewPointFromHumidityRatio,
  humidityRatioFromDewPoint,
  humidityRatioFromWetBulb,
  saturationPressurePa,
} from './psychrometrics.ts'

const run = (patch: (s: ScenarioInput) => void, untilS = 3600) => {
  const sim = createSimulation(parseScenario(tinyHall({}, patch)))
  sim.runUntil(untilS)
  return sim
}

/** The wet bulb at `dryBulbC` whose eq. 33 humidity ratio is that of `dewPointC` (bisection; W rises with t_wb). */
function wetBulbFor(dryBulbC: number, dewPointC: number): number {
  const target = humidityRatioFromDewPoint(dewPointC)
  let [low, high] = [dewPointC, dryBulbC]
  for (let k = 0; k < 60; k++) {
    const mid = (low + high) / 2
    if (humidityRatioFromWetBulb(dryBulbC, mid) < target) low = mid
    else high = mid
  }
  return (low + high) / 2
}

describe('mechanical cooling (water-side plant)', () => {
  it('a dry coil (room dew point 8 °C below the 9.335 °C ADP) keeps 8 °C; inlet RH = p_ws(8)/p_ws(T_in)', () => {
    const sim = run((s) => (s.room.indoorDewPointC = 8))
    const h = sim.tracking.climate.humidity
    expect(h.apparatusDewPointC).toBeCloseTo((6.67 + 12) / 2, 12)
    expect(h.unitSupplyDewPointC[0]).toBeCloseTo(8, 9)
    for (let i = 0; i < 2; i++) {
      expect(h.rackInletDewPointC[i]).toBeCloseTo(8, 9)
      const handPct = (100 * saturationPressurePa(8)) / saturationPressurePa(sim.world.rackInletC[i])
      expect(h.rackInletRhPct[i]).toBeCloseTo(handPct, 6)
    }
    expect(sim.tracking.climate.rackState).toEqual(['recommended', 'recommended'])
  })

  it('a wet coil (room dew point 14 °C) dries the supply below the room but not below the ADP', () => {
    const h = run((s) => (s.room.indoorDewPointC = 14)).tracking.climate.humidity
    expect(h.unitSupplyDewPointC[0]).toBeLessThan(14)
    expect(h.unitSupplyDewPointC[0]).toBeGreaterThan(h.apparatusDewPointC)
  })
})

describe('air-side economiser', () => {
  const airSide = (dryBulbC: number, dewPointC: number) => (s: ScenarioInput) => {
    s.plant = {
      economiser: 'airSide',
      outdoor: { kind: 'constant', dryBulbC, wetBulbC: wetBulbFor(dryBulbC, dewPointC) },
    }
  }

  it('carries the full load at 10 °C / 5 °C dew point: no chiller, supply and inlets at the outdoor dew point', () => {
    const sim = run(airSide(10, 5))
    const h = sim.tracking.climate.humidity
    expect(sim.world.plantPoint.chillerFraction).toBe(0)
    expect(sim.world.plantPoint.chillerW).toBe(0)
    expect(h.outdoorAirIn).toBe(true)
    expect(h.outdoorDewPointC).toBeCloseTo(5, 6)
    expect(dewPointFromHumidityRatio(h.roomRatio)).toBeCloseTo(5, 6)
    expect(h.unitSupplyDewPointC[0]).toBeCloseTo(5, 6)
    expect(h.rackInletDewPointC[0]).toBeCloseTo(5, 6)
    expect(sim.tracking.unitCompressorJ[0]).toBe(0)
  })

  it('carries none at 30 °C (above the 27 °C high limit): the chiller takes it all, the room keeps its 10 °C', () => {
    const sim = run(airSide(30, 12))
    expect(sim.world.plantPoint.chillerFraction).toBe(1)
    expect(sim.tracking.climate.humidity.outdoorAirIn).toBe(false)
    expect(dewPointFromHumidityRatio(sim.tracking.climate.humidity.roomRatio)).toBeCloseTo(10, 9)
  })

  it('is locked out by a humid 16 °C outdoor dew point even at 20 °C, above the recommended 15 °C', () => {
    expect(run(airSide(20, 16)).world.plantPoint.chillerFraction).toBe(1)
  })

  it('pre-cools at 18 °C: chiller share (18 − T_coil)/(T_return − T_coil), T_coil = 18 − fan rise', () => {
    // The tiny hall's 4 kW warm 5 m³/s by under 1 K, so only outdoor air between T_coil and the return pre-cools.
    const sim = run(airSide(18, 10))
    const fanRiseK = 1000 / (1.2 * 1006 * 5) // 1 kW fan in 5 m³/s: 0.166 K
    const coilC = 18 - fanRiseK
    const returnC = sim.world.unitReturnC[0]
    expect(returnC).toBeGreaterThan(18)
    expect(sim.world.plantPoint.chillerFraction).toBeCloseTo((18 - coilC) / (returnC - coilC), 9)
  })
})

describe('temperature-change limits per equipment', () => {
  it('a tape rack breaches 5 °C in an hour when the supply steps 18 → 21 → 24 °C half an hour apart; A1 servers do not', () => {
    const scenario = tinyHall({}, (s) => {
      const group = s.rows[0].racks[0]
      s.rows[0].racks = [
        { ...group, count: 1, idPrefix: 'tape-', tapeStorage: true },
        { ...group, count: 1, idPrefix: 'srv-' },
      ]
      s.events = [
        { atS: 3600, command: { type: 'setSupplySetpoint', unitId: 'crah-1', supplySetpointC: 21 } },
        { atS: 5400, command: { type: 'setSupplySetpoint', unitId: 'crah-1', supplySetpointC: 24 } },
      ]
    })
    const sim = createSimulation(parseScenario(scenario))
    // The tape rack's inlet at every 60 s poll, and by hand the polls at which max − min over the trailing hour
    // first exceeds 5 °C and falls back to it; the window [t − 1 h, t] is closed, so an 18 °C reading leaves it
    // one poll after it turns an hour old.
    const samples: [number, number][] = []
    for (let t = 60; t <= 3 * 3600; t += 60) {
      sim.runUntil(t)
      samples.push([t, sim.world.rackInletC[0]])
    }
    const changeAt = (k: number) => {
      const window = samples
        .filter(([t]) => t >= samples[k][0] - 3600 && t <= samples[k][0])
        .map(([, c]) => c)
      return Math.max(...window) - Math.min(...window)
    }
    const over = samples.map((_, k) => changeAt(k) > 5)
    const raisedS = samples[over.indexOf(true)][0]
    const clearedS = samples[over.lastIndexOf(true) + 1][0]
    expect(raisedS).toBeGreaterThan(5400)
    expect(clearedS).toBeLessThan(3 * 3600)
    const log = sim.tracking.climate.conditions.log.map((e) => [e.transition, e.kind, e.assetId, e.atS])
    expect(log).toEqual([
      ['raised', 'changeInHour', 'tape-01', raisedS],
      ['cleared', 'changeInHour', 'tape-01', clearedS],
    ])
    // The servers' rack saw the same 6 °C: under its 20 °C/h, and no 15 minutes held more than 5 °C.
    expect(sim.tracking.compliance.maxHourChangeC[1]).toBeCloseTo(6, 1)
    expect(sim.tracking.compliance.maxQuarterHourChangeC[1]).toBeLessThan(5)
  })

  it('a failure of the only unit breaches the A1 racks’ 5 °C in 15 minutes, logged with its time', () => {
    const sim = run((s) => {
      s.events = [{ atS: 1800, command: { type: 'failCoolingUnit', unitId: 'crah-1' } }]
    }, 2 * 3600)
    const raised = sim.tracking.climate.conditions.log.filter((e) => e.transition === 'raised')
    const quarter = raised.filter((e) => e.kind === 'changeInQuarterHour')
    expect(quarter.map((e) => e.assetId)).toEqual(['A-01', 'A-02'])
    for (const e of quarter) {
      expect(e.atS).toBeGreaterThan(1800)
      expect(e.atS).toBeLessThanOrEqual(1800 + 900)
      expect(e.value).toBeGreaterThan(5)
    }
  })
})

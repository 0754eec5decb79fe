import { describe, expect, it } from 'vitest'
import {
  catalogCurveW,
  cubicPower,
  inletFactor,
  linearPower,
  modelAirflowM3s,
  powerModelFrom,
  serverPowerFrom,
  serverPowerW,
  specPower,
  sqrtPower,
  squarePower,
} from './serverPower.ts'
import { parseScenario, type ScenarioError } from '../scenario/parse.ts'
import { buildWorld } from '../scenario/build.ts'
import { tinyHall } from '../testing/tinyHall.ts'

// IBM System x3550 M3, 2x Xeon X5675 (SPECpower_ssj2008 result 20110406-00368), as tabled in CloudSim's
// PowerModelSpecPowerIbmX3550XeonX5675 and asserted by its unit test (docs/physics.md#server-power).
const X5675_W = [58.4, 98, 109, 118, 128, 140, 153, 170, 189, 205, 222]

describe('specPower', () => {
  const p = specPower(X5675_W)
  it('returns the published points exactly', () => {
    expect(p(0)).toBe(58.4)
    expect(p(0.1)).toBeCloseTo(98, 12)
    expect(p(0.3)).toBeCloseTo(118, 12) // 0.3 % 0.1 ≠ 0 in IEEE-754: the index must not drift
    expect(p(0.5)).toBeCloseTo(140, 12)
    expect(p(0.8)).toBeCloseTo(189, 12)
    expect(p(0.9)).toBeCloseTo(205, 12)
    expect(p(1)).toBe(222)
  })
  it('interpolates linearly between points, as CloudSim asserts', () => {
    expect(p(0.02)).toBeCloseTo(58.4 + (98 - 58.4) / 5, 10)
    expect(p(0.87)).toBeCloseTo(189 + 0.7 * (205 - 189), 10)
    // CloudSim Plus rounds u·11 to an index: at u = 0.5 it would return the 60 % point, 153 W.
    expect(p(0.5)).not.toBeCloseTo(153, 0)
  })
  it('clamps utilisation outside [0, 1]', () => {
    expect(p(-0.5)).toBe(58.4)
    expect(p(1.7)).toBe(222)
  })
  it('rejects a table that is not 11 points', () => {
    expect(() => specPower([1, 2, 3])).toThrow(/11 points/)
  })
})

describe('linearPower', () => {
  it('goes from idle to max in a straight line', () => {
    const p = linearPower(100, 300)
    expect([p(0), p(0.25), p(0.5), p(1), p(2)]).toEqual([100, 150, 200, 300, 300])
  })
})

// OpenDC's defaults for a bare model name (PowerModelsFactory.kt): idle 200 W, max 350 W (docs/physics.md#server-power).
describe('square, cubic and sqrt (OpenDC PowerModels)', () => {
  it('at u = 0.5 add 150 W × 0.25, × 0.125 and × √0.5 to idle', () => {
    expect(squarePower(200, 350)(0.5)).toBe(237.5)
    expect(cubicPower(200, 350)(0.5)).toBe(218.75)
    expect(sqrtPower(200, 350)(0.5)).toBeCloseTo(200 + 150 * Math.SQRT1_2, 12) // 306.07 W
  })
  it('run from idle to max and clamp like the linear model', () => {
    for (const p of [squarePower(200, 350), cubicPower(200, 350), sqrtPower(200, 350)])
      expect([p(-1), p(0), p(1), p(3)]).toEqual([200, 200, 350, 350])
  })
  it('are built by powerModelFrom from their kind', () => {
    const at = (kind: 'square' | 'cubic' | 'sqrt') => powerModelFrom({ kind, idleW: 200, maxW: 350 })(0.5)
    expect([at('square'), at('cubic')]).toEqual([237.5, 218.75])
  })
})

describe('SPECpower catalogue references', () => {
  it('resolve to the published curve', () => {
    // Dell PowerEdge R640, 2x Xeon Platinum 8180 (result 20170829-00781): 232 W at 50 %, 469 W at 100 %.
    expect(catalogCurveW('dell-poweredge-r640-2x-xeon-platinum-8180')).toEqual([
      55, 125, 151, 176, 202, 232, 261, 301, 357, 421, 469,
    ])
    const p = powerModelFrom({ kind: 'specpower', catalog: 'dell-poweredge-r640-2x-xeon-platinum-8180' })
    expect([p(0), p(0.5), p(1)]).toEqual([55, 232, 469])
    expect(p(0.55)).toBeCloseTo((232 + 261) / 2, 12)
  })
  it('throw for an unknown id', () => {
    expect(() => catalogCurveW('dell-r640')).toThrow('unknown SPECpower catalogue entry "dell-r640"')
  })
})

describe('inletFactor (docs/physics.md#server-power: 1 + 0.004/K above 23 °C)', () => {
  const standard = { perK: 0.004, kneeC: 23 }
  it('is 1 up to the knee, then rises 0.4 % per K', () => {
    expect(inletFactor(18, standard)).toBe(1)
    expect(inletFactor(23, standard)).toBe(1)
    expect(inletFactor(25, standard)).toBeCloseTo(1.008, 12)
    expect(inletFactor(30, standard)).toBeCloseTo(1.028, 12)
  })
  it('is 1 without a sensitivity', () => {
    expect(inletFactor(40)).toBe(1)
  })
  it('multiplies the utilisation curve once built into a server model', () => {
    const box = serverPowerFrom({
      power: { kind: 'linear', idleW: 100, maxW: 300 },
      inletSensitivity: standard,
    })
    expect(box(0.5, 30)).toBeCloseTo(200 * 1.028, 10) // 205.6 W
    expect(serverPowerW(box, 0.5, 25)).toBeCloseTo(201.6, 10)
    expect(box(0.5)).toBe(200) // no inlet given: no effect (the power step before it passes inlets)
    const plain = serverPowerFrom({ power: { kind: 'linear', idleW: 100, maxW: 300 } })
    expect(serverPowerW(plain, 0.5, 35)).toBe(200)
  })
})

describe('modelAirflowM3s', () => {
  const r640 = { kind: 'specpower', catalog: 'dell-poweredge-r640-2x-xeon-platinum-8180' } as const
  it('takes airflowM3s as given', () => {
    expect(modelAirflowM3s({ power: r640, airflowM3s: 0.033 })).toBe(0.033)
  })
  it('scales airflowM3sPerKw by the power at 100 % (docs/physics.md#rack-airflow-and-exhaust-temperature: 0.0828 m³/s per kW ⇒ 10 K)', () => {
    const airflowM3s = modelAirflowM3s({ power: r640, airflowM3sPerKw: 0.0828 })
    expect(airflowM3s).toBeCloseTo(0.0388332, 12) // 0.0828 m³/s per kW × 0.469 kW (R640 at 100 %)
    expect(469 / (1207 * airflowM3s)).toBeCloseTo(10, 1) // ΔT = P/(ρc_p·V̇) ≈ 10 K at full load
    const cubic = { kind: 'cubic', idleW: 200, maxW: 350 } as const
    expect(modelAirflowM3s({ power: cubic, airflowM3sPerKw: 0.0552 })).toBeCloseTo(0.01932, 12) // 15 K rise
  })
})

describe('scenario power entries', () => {
  const model = (patch: Record<string, unknown>) =>
    tinyHall({}, (s) => Object.assign(s.serverModels[0] as Record<string, unknown>, patch))
  const problems = (patch: Record<string, unknown>) => {
    try {
      parseScenario(model(patch), 'hall.json')
    } catch (error) {
      return (error as ScenarioError).problems.map((p) => `${p.path}: ${p.message}`)
    }
    return []
  }

  it('accept a catalogue reference, per-kW airflow and a default inlet sensitivity, and build them', () => {
    const r640 = { kind: 'specpower', catalog: 'dell-poweredge-r640-2x-xeon-platinum-8180' }
    const patch = { power: r640, airflowM3s: undefined, airflowM3sPerKw: 0.0828, inletSensitivity: {} }
    const scenario = parseScenario(model(patch))
    expect(scenario.serverModels[0].inletSensitivity).toEqual({ perK: 0.004, kneeC: 23 })
    const world = buildWorld(scenario)
    expect(world.serverAirflowM3s[0]).toBeCloseTo(0.0388332, 12)
    expect(serverPowerW(world.serverPower[0], 1, 25)).toBeCloseTo(469 * 1.008, 10)
  })
  it('name an unknown catalogue entry with its path and the closest known ids', () => {
    expect(problems({ power: { kind: 'specpower', catalog: 'r740-dell' } })).toEqual([
      '$.serverModels[0].power.catalog: unknown SPECpower catalogue entry "r740-dell" (known: ' +
        'dell-poweredge-r740-2x-xeon-platinum-8180, dell-poweredge-r640-2x-xeon-platinum-8180, ' +
        'dell-poweredge-r830-4x-xeon-e5-4669-v4, dell-poweredge-r940-4x-xeon-platinum-8180, … 20 in all)',
    ])
  })
  it('need exactly one of curveW and catalog', () => {
    const curveW = [55, 125, 151, 176, 202, 232, 261, 301, 357, 421, 469]
    expect(problems({ power: { kind: 'specpower', curveW, catalog: 'acer-ar360-f2' } })).toEqual([
      '$.serverModels[0].power.catalog: give curveW or catalog, not both',
    ])
    expect(problems({ power: { kind: 'specpower' } })).toEqual([
      '$.serverModels[0].power: needs curveW (11 points, W) or catalog (a catalogue id)',
    ])
  })
  it('need exactly one of airflowM3s and airflowM3sPerKw', () => {
    expect(problems({ airflowM3sPerKw: 0.0828 })).toEqual([
      '$.serverModels[0].airflowM3sPerKw: give airflowM3s or airflowM3sPerKw, not both',
    ])
    expect(problems({ airflowM3s: undefined })).toEqual([
      '$.serverModels[0]: needs airflowM3s (m³/s) or airflowM3sPerKw (m³/s per kW)',
    ])
  })
  it('reject idle above max and a sensitivity given in percent', () => {
    expect(problems({ power: { kind: 'sqrt', idleW: 400, maxW: 350 } })).toEqual([
      '$.serverModels[0].power.idleW: must not exceed maxW',
    ])
    expect(problems({ inletSensitivity: { perK: 0.4 } })).toEqual([
      '$.serverModels[0].inletSensitivity.perK: a fraction per K: 0.004 is 0.4 %/K',
    ])
  })
})

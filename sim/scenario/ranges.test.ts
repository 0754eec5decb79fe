// Every number in a scenario has a physical range and every cross-field rule a JSON path: issue 8's examples.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioText } from './parse.ts'
import { scenarioProblems } from '../testing/scenarioProblems.ts'
import { scenarioJsonSchema } from './jsonSchema.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import type { ScenarioInput } from './schema.ts'

type Patch = (s: ScenarioInput & Record<string, unknown>) => void
const problems = (patch: Patch, input: ScenarioInput = tinyHall({}, patch as never)) =>
  scenarioProblems(input, 'x.json')
const jobsHall = (patch: Patch) =>
  tinyHall({}, (s) => {
    s.workload = {
      kind: 'jobs',
      profile: { kind: 'synthetic', baseUtilization: 0.5 },
      arrivals: { kind: 'poisson', ratePerHour: 60, followProfile: true },
      autoscaler: { targetUtilization: 0.7, minServers: 2, maxServers: 20 },
    }
    patch(s as never)
  })
const jobs = (s: ScenarioInput) => s.workload as Extract<ScenarioInput['workload'], { kind: 'jobs' }>

describe('ranges: the inputs of issue 8 that ran into NaN, exit 1 or no end are refused by path', () => {
  it('refuses sizes, capacities and airflows no hall has', () => {
    expect(problems((s) => (s.room.heightM = 1e-290))).toEqual(['x.json: $.room.heightM: must be at least 2'])
    expect(problems((s) => (s.coolingUnits[0].capacityKw = 1e308))).toEqual([
      'x.json: $.coolingUnits[0].capacityKw: must be at most 5000',
    ])
    expect(problems((s) => (s.coolingUnits[0].airflowM3s = 5e-324))).toEqual([
      'x.json: $.coolingUnits[0].airflowM3s: must be at least 0.1',
    ])
    expect(problems((s) => (s.serverModels[0].airflowM3s = 1e308))).toEqual([
      'x.json: $.serverModels[0].airflowM3s: must be at most 2',
    ])
  })

  it('refuses cadences finer than any sensor', () => {
    expect(problems((s) => (s.stepS = 0.001))).toEqual(['x.json: $.stepS: must be at least 0.1'])
    expect(problems((s) => ((s.workload as { updateS: number }).updateS = 0.001))).toEqual([
      'x.json: $.workload.updateS: must be at least 1',
    ])
  })

  it('refuses jobs the engine cannot schedule', () => {
    const hall = (patch: Patch) => problems(patch, jobsHall(patch))
    expect(hall((s) => delete jobs(s).profile)).toEqual([
      'x.json: $.workload.arrivals.followProfile: needs workload.profile (the load profile the arrivals follow)',
    ])
    expect(hall((s) => (jobs(s).profile!.baseUtilization = 0))[0]).toMatch(
      /^x\.json: \$\.workload\.profile\.baseUtilization: must be at least 0\.01 when arrivals follow/,
    )
    expect(hall((s) => (jobs(s).autoscaler!.minServers = 21))[0]).toBe(
      'x.json: $.workload.autoscaler.minServers: must not exceed maxServers',
    )
    // tinyHall: 2 racks × 10 servers.
    expect(hall((s) => Object.assign(jobs(s).autoscaler!, { minServers: 30, maxServers: 40 }))).toEqual([
      "x.json: $.workload.autoscaler.maxServers: must be at most the hall's 20 servers, got 40",
    ])
    const lognormal = { kind: 'lognormal', medianS: 1e308, sigma: 1 } as const
    expect(hall((s) => ((jobs(s).arrivals as { duration: unknown }).duration = lognormal))).toEqual([
      'x.json: $.workload.arrivals.duration.medianS: must be at most 2592000',
    ])
    expect(hall((s) => ((jobs(s).arrivals as { ratePerHour: number }).ratePerHour = 1e6))).toEqual([
      'x.json: $.workload.arrivals.ratePerHour: must be at most 100000',
    ])
    const twins = [
      { id: 7, submitS: 0, durationS: 60, cores: 1 },
      { id: 7, submitS: 9, durationS: 60, cores: 1 },
    ]
    expect(hall((s) => (jobs(s).arrivals = { kind: 'trace', jobs: twins }))).toEqual([
      'x.json: $.workload.arrivals.jobs[1].id: id 7 is already used by jobs[0]',
    ])
  })

  it('checks rules across fields, each at the field to change', () => {
    expect(problems((s) => (s.room.serverResetInletC = 45))[0]).toMatch(
      /^x\.json: \$\.room\.serverResetInletC: must be below serverTripInletC/,
    )
    expect(problems((s) => (s.plant = { chilledWaterC: 12, chilledWaterReturnC: 10 }))[0]).toMatch(
      /^x\.json: \$\.plant\.chilledWaterReturnC: must be above chilledWaterC/,
    )
    const outdoor = { kind: 'constant', dryBulbC: 20, wetBulbC: 25 } as const
    expect(problems((s) => (s.plant = { outdoor }))[0]).toMatch(
      /^x\.json: \$\.plant\.outdoor\.wetBulbC: must not exceed dryBulbC/,
    )
    expect(problems((s) => (s.horizon = '3651d'))).toEqual([
      'x.json: $.horizon: must be at most 3650 d, got 3651 d',
    ])
  })
})

describe('the published JSON Schema', () => {
  it('gives every number and integer a minimum and a maximum, every list a longest length', () => {
    const unbounded: string[] = []
    const walk = (node: unknown, path: string) => {
      if (typeof node !== 'object' || node === null) return
      const n = node as Record<string, unknown>
      const numeric = n.type === 'number' || n.type === 'integer'
      const bounded = n.minimum !== undefined && (n.maximum !== undefined || n.exclusiveMaximum !== undefined)
      if (numeric && n.const === undefined && !bounded) unbounded.push(path)
      if (n.type === 'array' && n.maxItems === undefined) unbounded.push(path)
      for (const [key, child] of Object.entries(n)) walk(child, `${path}/${key}`)
    }
    walk(scenarioJsonSchema(), '#')
    expect(unbounded).toEqual([])
    // 2 m to 1000 m, as the issue asks, and the reason beside it.
    const room = (scenarioJsonSchema().properties as Record<string, { properties: Record<string, object> }>)
      .room
    expect(room.properties.heightM).toMatchObject({
      minimum: 2,
      maximum: 50,
      description: expect.stringMatching(/2 m \(a closet\)/),
    })
  })
})

it('accepts a UTF-8 byte-order mark before the JSON', () => {
  const text = readFileSync(join(import.meta.dirname, '../../scenarios/default.json'), 'utf8')
  expect(parseScenarioText('\uFEFF' + text, 'bom.json').name).toBe('Default hall')
})

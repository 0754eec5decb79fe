// Property: every scenario the schema accepts runs to its horizon, and its whole report holds finite numbers.
// PROPERTY_SEED, PROPERTY_RUNS and PROPERTY_KEEP (weight of keeping a leaf; lower = more changes) widen a
// search by hand; thousands of runs at PROPERTY_KEEP=2..6 found the two guards this test now holds.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createSimulation, parseScenario, ScenarioError } from '../sim/index.ts'
import { scenarioJsonSchema } from '../sim/scenario/jsonSchema.ts'
import { simReport } from './report.ts'
import { propertyBases } from './testing/propertyBases.ts'

type Json = Record<string, unknown>
type Path = (string | number)[]
interface Bounds {
  min: number
  max: number
  integer: boolean
}

const schema = scenarioJsonSchema() as Json

/** The JSON Schema node at `path` of `value`, choosing the union branch whose `kind`/`type` const matches. */
/** null for a constant (version, phases), which has nothing to vary. */
function boundsAt(path: Path, root: Json): Bounds | null | undefined {
  let node = schema
  let value: unknown = root
  for (const key of path) {
    const branches = (node.oneOf ?? node.anyOf) as Json[] | undefined
    if (branches) node = branches.find((b) => matches(b, value)) ?? branches[0]
    node = (typeof key === 'number' ? node.items : (node.properties as Json | undefined)?.[key]) as Json
    value = (value as Json)[key]
    if (!node) return undefined
  }
  const branches = (node.oneOf ?? node.anyOf) as Json[] | undefined
  if (branches) node = branches.find((b) => b.type === 'number' || b.type === 'integer') ?? node
  if (node.const !== undefined || branches?.every((b) => b.const !== undefined)) return null
  // An exclusive maximum (an hour below 24) is approached from below.
  const max = typeof node.exclusiveMaximum === 'number' ? node.exclusiveMaximum - 1e-9 : node.maximum
  if (typeof node.minimum !== 'number' || typeof max !== 'number') return undefined
  return { min: node.minimum, max, integer: node.type === 'integer' }
}

function matches(branch: Json, value: unknown): boolean {
  const props = branch.properties as Record<string, Json> | undefined
  if (!props || typeof value !== 'object' || value === null) return false
  return ['kind', 'type'].every((k) => props[k]?.const === undefined || props[k].const === (value as Json)[k])
}

/** Every numeric leaf of `value` with its path. */
function numericLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'number') return [path]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => numericLeaves(v, [...path, Array.isArray(value) ? +k : k]))
}

/** Paths of numbers that are not finite anywhere in `value` (null is "n/a", allowed). */
function nonFinite(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) =>
    nonFinite(v, Array.isArray(value) ? `${path}[${k}]` : `${path}.${k}`),
  )
}

/** Each leaf: kept (most often), or its minimum, its maximum, or any value between, for the range it has. */
function variations(base: Json) {
  // The horizon stays short so each run is cheap; the CLI's own limits cover long ones.
  const leaves = numericLeaves(base).filter((p) => p[0] !== 'horizon' && boundsAt(p, base) !== null)
  const arbs = leaves.map((path) => {
    const b = boundsAt(path, base)
    if (!b) throw new Error(`no range in the JSON Schema for $.${path.join('.')}`)
    const any = b.integer
      ? fc.integer({ min: b.min, max: b.max })
      : fc.double({ min: b.min, max: b.max, noNaN: true })
    // About three leaves change per run: more and nearly every hall has a rack outside its room.
    return fc.oneof(
      {
        weight: Number(process.env.PROPERTY_KEEP ?? Math.round(leaves.length / 1.5)),
        arbitrary: fc.constant(undefined),
      },
      { weight: 1, arbitrary: fc.constantFrom(b.min, b.max) },
      { weight: 1, arbitrary: any },
    )
  })
  return fc.tuple(...arbs).map((values) => {
    const input = structuredClone(base)
    values.forEach((v, i) => {
      if (v === undefined) return
      const path = leaves[i]
      let target = input as Json
      for (const key of path.slice(0, -1)) target = target[key] as Json
      target[path.at(-1)!] = v
    })
    return input
  })
}

function runToHorizon(input: Json): 'invalid' | 'ran' {
  let scenario
  try {
    scenario = parseScenario(input, 'generated.json')
  } catch (error) {
    if (error instanceof ScenarioError) return 'invalid'
    throw error
  }
  const sim = createSimulation(scenario)
  sim.runUntil(scenario.horizonS)
  const report = simReport(scenario, sim)
  // PUE, facility over IT energy, is n/a (NaN, null in JSON) exactly where that ratio is no finite number:
  // a hall whose servers drew (next to) nothing, e.g. all tripped at a 45 °C inlet from the first instant.
  const { facilityEnergyKwh, itEnergyKwh } = report.kpis
  // The same holds for every ratio over IT energy: PUE at the UPS output and the partial PUEs.
  const overIt = /^\$\.kpis\.(pue|pueUpsOutput|partialPueCooling|partialPueElectrical) = NaN$/
  const undefinedRatio = (line: string) =>
    overIt.test(line) && !Number.isFinite(facilityEnergyKwh / itEnergyKwh)
  expect(
    nonFinite(report).filter((line) => !undefinedRatio(line)),
    JSON.stringify(input),
  ).toEqual([])
  return 'ran'
}

describe('any scenario that validates runs to its horizon with finite numbers throughout its report', () => {
  for (const [name, base] of Object.entries(propertyBases())) {
    // 40 runs of a 2-rack hall over 2 h: one to three seconds; the timeout holds on a loaded 2-core box.
    it(`varies every number of the ${name} hall across its range`, { timeout: 120_000 }, () => {
      expect(runToHorizon(base)).toBe('ran')
      let ran = 0
      fc.assert(
        fc.property(variations(base), (input) => {
          if (runToHorizon(input) === 'ran') ran++
        }),
        { seed: Number(process.env.PROPERTY_SEED ?? 8), numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
      )
      // Most variations must be valid, or the property would test nothing.
      expect(ran).toBeGreaterThan(12)
    })
  }
})

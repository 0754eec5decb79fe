// parseScenario: defaults, count expansion with floor positions, and one path-precise line per problem.
import { describe, expect, it } from 'vitest'
import { parseScenario, parseScenarioText } from './parse.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { scenarioProblems } from '../testing/scenarioProblems.ts'
import type { ScenarioInput } from './schema.ts'

const problemsOf = (input: unknown) => scenarioProblems(input, 'hall.json')
const broken = (patch: (s: ScenarioInput & Record<string, unknown>) => void) =>
  problemsOf(tinyHall({}, patch as never))

describe('parseScenario', () => {
  it('expands rack groups into racks with ids, centres on the floor and stacked servers', () => {
    const scenario = parseScenario(tinyHall({ racks: 3, serversPerRack: 4 }))
    expect(scenario.racks.map((r) => r.id)).toEqual(['A-01', 'A-02', 'A-03'])
    // Row at x = 2 m along x, 0.6 m wide racks 1.2 m deep: centres at 2.3, 2.9, 3.5 m; y = 2 + 0.6 m.
    expect(scenario.racks.map((r) => [r.xM, r.yM])).toEqual([
      [2.3, 2.6],
      [2.9, 2.6],
      [3.5, 2.6],
    ])
    expect(scenario.racks[0].servers.map((s) => s.uPosition)).toEqual([1, 2, 3, 4])
    expect(scenario.racks.map((r) => r.rowEnd)).toEqual([true, false, true])
  })
  it('fills documented defaults and converts the horizon to seconds', () => {
    const scenario = parseScenario(tinyHall({}, (s) => (s.horizon = '7d')))
    expect(scenario.horizonS).toBe(604_800)
    expect(scenario.racks[0].uHeight).toBe(42)
    expect(scenario.room.heightM).toBe(3.5)
    expect(scenario.startEpochS).toBe(Date.UTC(2026, 0, 1) / 1000)
    expect(Object.isFrozen(scenario.racks[0])).toBe(true)
  })
  it('names the JSON path and the reason of a type or range error', () => {
    expect(broken((s) => (s.coolingUnits[0].capacityKw = -5))).toEqual([
      'hall.json: $.coolingUnits[0].capacityKw: must be at least 1',
    ])
    expect(broken((s) => ((s.room as Record<string, unknown>).widthM = '10'))[0]).toMatch(
      /^hall\.json: \$\.room\.widthM: .*expected number, received string/,
    )
    expect(broken((s) => ((s.room as Record<string, unknown>).colour = 'red'))[0]).toMatch(
      /\$\.room: .*"colour"/,
    )
  })
  it('reports every problem, not just the first', () => {
    const lines = broken((s) => {
      s.seed = -1
      s.serverModels[0].uHeight = 0
    })
    expect(lines).toHaveLength(2)
    expect(lines.join('\n')).toMatch(/\$\.seed:/)
    expect(lines.join('\n')).toMatch(/\$\.serverModels\[0\]\.uHeight:/)
  })
  it('checks cross-references the schema cannot: models, overlaps, room bounds, facing, ids, events', () => {
    const group = (s: ScenarioInput) => s.rows[0].racks[0]
    expect(broken((s) => (group(s).servers![0].model = 'nope'))).toEqual([
      'hall.json: $.rows[0].racks[0].servers[0].model: no server model has id "nope"',
    ])
    expect(broken((s) => group(s).servers!.push({ model: 'box', uPosition: 5 }))[0]).toMatch(
      /servers\[1\]: U5 is already taken by servers\[0\]/,
    )
    expect(broken((s) => (group(s).servers![0].uPosition = 40))[0]).toMatch(
      /would reach U42|above the rack's 42 U/,
    )
    expect(broken((s) => (s.room.widthM = 3))[0]).toMatch(/rack "A-02" .* lies outside the 3 × 6 m room/)
    expect(broken((s) => (s.rows[0].facing = '+x'))).toEqual([
      'hall.json: $.rows[0].facing: a row along x must face +y or -y',
    ])
    expect(broken((s) => s.serverModels.push({ ...s.serverModels[0] }))[0]).toMatch(
      /\$\.serverModels\[1\]\.id: id "box"/,
    )
    expect(
      broken((s) => (s.events = [{ atS: 1, command: { type: 'failCoolingUnit', unitId: 'crah-9' } }])),
    ).toEqual(['hall.json: $.events[0].command.unitId: no cooling unit has id "crah-9"'])
  })
  it('rejects events naming power assets that do not exist', () => {
    expect(
      broken((s) => (s.events = [{ atS: 1, command: { type: 'failPowerAsset', assetId: 'ups-z' } }])),
    ).toEqual(['hall.json: $.events[0].command: no UPS system or PDU has id "ups-z"'])
  })
  it('rejects a horizon too long to simulate', () => {
    expect(broken((s) => (s.horizon = '9'.repeat(400) + 'd'))[0]).toMatch(
      /\$\.horizon: .*too long to simulate/,
    )
  })
  it('names the source and position of a JSON syntax error', () => {
    expect(() => parseScenarioText('{ "version": 1, }', 'hall.json')).toThrow(
      /^hall\.json: \$: not valid JSON/,
    )
  })
  it('rejects what is not an object at all', () => {
    expect(problemsOf(null)[0]).toMatch(/^hall\.json: \$: /)
    expect(problemsOf([1, 2])[0]).toMatch(/^hall\.json: \$: /)
  })
})

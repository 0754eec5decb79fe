// The real CLI, spawned: JSON output is complete and reproducible, and user errors are one line with exit 2.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  expectOneLineUserError,
  repoRoot,
  runCli,
  tempDir,
  tempScenario,
  TIMEOUT_MS,
} from './testing/spawnCli.ts'

describe.concurrent('--json on scenarios/default.json', () => {
  it('prints one complete JSON document, byte-identical across runs', { timeout: TIMEOUT_MS }, async () => {
    const args = ['scenarios/default.json', '--horizon', '1d', '--json']
    const [first, second] = await Promise.all([runCli(...args), runCli(...args)])
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const report = JSON.parse(first.stdout)
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['scenario', 'seed', 'horizonS', 'kpis', 'eventsProcessed', 'startDate']),
    )
    expect(report).toMatchObject({ scenario: 'Default hall', seed: 1, horizonS: 86_400 })
    expect(report).toMatchObject({ racks: 24, servers: 384, coolingUnits: 3 })
    expect(report.startDate).toBe('2026-01-05T00:00:00.000Z')
    const { kpis } = report
    for (const key of ['itEnergyKwh', 'facilityEnergyKwh', 'coolingEnergyKwh', 'peakItKw', 'maxInletC'])
      expect(Number.isFinite(kpis[key]), key).toBe(true)
    expect(kpis.itEnergyKwh).toBeGreaterThan(0)
    expect(kpis.facilityEnergyKwh).toBeGreaterThan(kpis.itEnergyKwh)
    expect(kpis.pue).toBeGreaterThan(1)
    expect(kpis.pue).toBeLessThan(3)
    expect(report.eventsProcessed).toBeGreaterThan(0)
    // The run's own fields first, as before; the sections follow.
    expect(Object.keys(report)).toEqual([
      ...['scenario', 'seed', 'horizonS', 'startDate', 'racks', 'servers', 'coolingUnits', 'kpis'],
      ...['eventsProcessed', 'thermal', 'cooling', 'power', 'workload', 'humidity', 'plant'],
    ])
    expect(Object.keys(report.thermal.perRackMaxInletC)).toHaveLength(24)
    expect(report.thermal.maxInletC).toBe(kpis.maxInletC)
    expect(report.cooling.units.map((u: { id: string }) => u.id)).toEqual(['crah-1', 'crah-2', 'crah-3'])
    expect(report.power).toMatchObject({ redundancy: 'intact', eventCount: 0 })

    expect(second.stdout).toBe(first.stdout)
  })

  it('changes with --seed, which it reports', { timeout: TIMEOUT_MS }, async () => {
    const [base, other] = await Promise.all([
      runCli('scenarios/default.json', '--horizon', '6h', '--json'),
      runCli('scenarios/default.json', '--horizon', '6h', '--seed', '7', '--json'),
    ])
    expect(other.code).toBe(0)
    expect(JSON.parse(other.stdout).seed).toBe(7)
    expect(JSON.parse(other.stdout).kpis).not.toEqual(JSON.parse(base.stdout).kpis)
  })
})

it('prints a readable summary without --json', { timeout: TIMEOUT_MS }, async () => {
  const run = await runCli('scenarios/default.json', '--horizon', '6h', '--seed', '3')
  expect(run.code).toBe(0)
  expect(run.stdout).toMatch(/^Default hall\n/)
  expect(run.stdout).toMatch(/horizon +6 h from 2026-01-05/)
  expect(run.stdout).toMatch(/seed +3\n/)
  expect(run.stdout).toMatch(/PUE +\d\.\d{3}\n/)
  expect(run.stdout).toMatch(/\nwall time \d+\.\d\d s\n$/)
})

it('prints usage on --help and exits 0', { timeout: TIMEOUT_MS }, async () => {
  const run = await runCli('--help')
  expect(run.code).toBe(0)
  expect(run.stdout).toMatch(/^Usage: npm run sim -- <scenario.json>/)
  expect(run.stdout).toContain('--fail <id>@<time>')
  expect(run.stdout).toMatch(/--outdoor <file.csv>[^]*still runs on the scenario's outdoor conditions/)
  expect(run.stderr).toBe('')
})

describe.concurrent('user errors: exit 2, one line on stderr', () => {
  it('names the file and JSON path of an invalid value', { timeout: TIMEOUT_MS }, async () => {
    const path = tempScenario('negative-capacity.json', (json) => {
      ;(json.coolingUnits as { capacityKw: number }[])[0].capacityKw = -5
    })
    expectOneLineUserError(await runCli(path, '--horizon', '1h'), path, '$.coolingUnits[0].capacityKw')
  })

  it('shows the first of several problems and counts the rest', { timeout: TIMEOUT_MS }, async () => {
    const path = tempScenario('three-problems.json', (json) => {
      const units = json.coolingUnits as { capacityKw: number; airflowM3s: number }[]
      units[0].capacityKw = -5
      units[1].airflowM3s = 0
      json.seed = -1
    })
    const run = await runCli(path)
    expectOneLineUserError(run, path, '$.')
    expect(run.stderr).toMatch(/ \(and 2 more\)\n$/)
  })

  it('names the file of broken JSON', { timeout: TIMEOUT_MS }, async () => {
    const path = tempScenario('broken-syntax.json', '{ "name": "broken", }')
    expectOneLineUserError(await runCli(path), path, 'not valid JSON')
  })

  it('names a file that does not exist', { timeout: TIMEOUT_MS }, async () => {
    const path = join(tempDir, 'missing.json')
    expectOneLineUserError(await runCli(path), path, 'no such file')
  })

  it('rejects --horizon banana', { timeout: TIMEOUT_MS }, async () => {
    expectOneLineUserError(
      await runCli('scenarios/default.json', '--horizon', 'banana'),
      '--horizon',
      'banana',
    )
  })

  it('names the JSON path of a number out of its physical range', { timeout: TIMEOUT_MS }, async () => {
    const path = tempScenario(
      'tiny-room.json',
      (json) => ((json.room as { heightM: number }).heightM = 1e-290),
    )
    expectOneLineUserError(
      await runCli(path, '--horizon', '1h'),
      `${path}: $.room.heightM: must be at least 2`,
    )
  })

  it(
    'refuses a horizon that would compute for minutes, before the run',
    { timeout: TIMEOUT_MS },
    async () => {
      const [forever, month] = await Promise.all([
        runCli('scenarios/default.json', '--horizon', '1000000w'),
        runCli('scenarios/large-hall.json', '--horizon', '60d'),
      ])
      expectOneLineUserError(
        forever,
        '--horizon: 1.7e+8 h is longer than the 87,600 h (3650 d) a run may span',
      )
      expectOneLineUserError(month, '--horizon: ', 'above the limit of 4.0e+8 a run', 'at most 291 h')
    },
  )

  it('runs a scenario file that starts with a UTF-8 byte-order mark', { timeout: TIMEOUT_MS }, async () => {
    const text = readFileSync(join(repoRoot, 'scenarios/default.json'), 'utf8')
    const run = await runCli(tempScenario('bom.json', '\uFEFF' + text), '--horizon', '1h', '--json')
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout).horizonS).toBe(3600)
  })

  it('rejects an unknown option', { timeout: TIMEOUT_MS }, async () => {
    expectOneLineUserError(await runCli('scenarios/default.json', '--fast'), '--fast')
  })
})

// The CLI with --fail and --outdoor, spawned: times to limits, lost redundancy, economiser hours, bad input.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { expectOneLineUserError, runCli, tempDir, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'

const day = ['scenarios/default.json', '--horizon', '1d']

describe.concurrent('--fail and --outdoor on scenarios/default.json', { timeout: TIMEOUT_MS }, () => {
  it('records three CRAH failures; with all out, 27, 32 and 35 °C come each later', async () => {
    const fails = ['--fail', 'crah-1@1h', '--fail', 'crah-2@1h', '--fail', 'crah-3@1h']
    const [first, second] = await Promise.all([
      runCli(...day, ...fails, '--json'),
      runCli(...day, ...fails, '--json'),
    ])
    expect(first.stderr).toBe('')
    const { thermal, cooling } = JSON.parse(first.stdout)
    const failures: { atS: number; command: { unitId: string }; timeToLimitS: Record<string, number> }[] =
      thermal.failures
    expect(failures.map((f) => [f.atS, f.command.unitId])).toEqual([
      [3600, 'crah-1'],
      [3600, 'crah-2'],
      [3600, 'crah-3'],
    ])
    const { 27: to27S, 32: to32S, 35: to35S } = failures[2].timeToLimitS
    expect(to27S).toBeGreaterThan(0)
    expect(to32S).toBeGreaterThan(to27S)
    expect(to35S).toBeGreaterThan(to32S)
    expect(thermal.secondsAboveAllowable).toBeGreaterThan(0)
    expect(cooling.units.map((u: { running: boolean }) => u.running)).toEqual([false, false, false])
    expect(second.stdout).toBe(first.stdout)
  })

  it('loses redundancy when pdu-a1 fails at 2 h, and logs it then', async () => {
    const run = await runCli(...day, '--fail', 'pdu-a1@2h', '--json')
    expect(run.code).toBe(0)
    const { power, thermal } = JSON.parse(run.stdout)
    expect(power.redundancy).toBe('lost')
    expect(power.events[0]).toMatchObject({ atS: 7200, transition: 'raised', kind: 'redundancyLost' })
    expect(thermal.failures[0].command).toEqual({ type: 'failPowerAsset', assetId: 'pdu-a1' })
    const pduA1 = power.stages.find((s: { id: string }) => s.id === 'pdu-a1')
    expect(pduA1).toMatchObject({ live: false, loadKw: 0 })
  })

  it('counts economiser hours over an outdoor file instead: 24 hourly rows make 24 h', async () => {
    // Wet bulb h − 6 °C; tower + exchanger add 5.5 K, against 6.67 °C chilled water and a 12 °C return:
    // full while h − 0.5 ≤ 6.67 (h ≤ 7), partial while below 12 (h ≤ 12), mechanical after.
    const rows = Array.from(
      { length: 24 },
      (_, h) => `2026-01-05T${String(h).padStart(2, '0')}:00Z,${h - 4},${h - 6}`,
    )
    const path = tempFile('weather.csv', ['timestamp,dryBulbC,wetBulbC', ...rows].join('\n') + '\n')
    const [json, summary] = await Promise.all([
      runCli('scenarios/default.json', '--horizon', '6h', '--outdoor', path, '--json'),
      runCli('scenarios/default.json', '--horizon', '6h', '--outdoor', path),
    ])
    expect(json.stderr).toBe('')
    const { economiser } = JSON.parse(json.stdout).cooling
    expect(economiser).toMatchObject({ source: 'file', fullH: 8, partialH: 5, mechanicalH: 11 })
    expect(economiser.fullH + economiser.partialH + economiser.mechanicalH).toBe(24)
    expect(summary.stdout).toMatch(/\n {2}economiser \(file\) +full 8 h, partial 5 h, mechanical 11 h\n/)
  })
})

describe.concurrent('user errors of --fail and --outdoor: exit 2, one line', { timeout: TIMEOUT_MS }, () => {
  it('rejects --fail of an id the scenario lacks, listing the ids it has', async () => {
    expectOneLineUserError(await runCli(...day, '--fail', 'nope@1h'), '--fail nope@1h', '"nope"', 'crah-1, ')
  })

  it('rejects --fail after the end of the run', async () => {
    expectOneLineUserError(await runCli(...day, '--fail', 'crah-1@2d'), '--fail crah-1@2d', 'after the end')
  })

  it('names an unknown id before a time past the end (issue 8)', async () => {
    const run = await runCli('scenarios/default.json', '--fail', 'nope@2h', '--horizon', '1h')
    expectOneLineUserError(run, '--fail nope@2h', 'no cooling unit, UPS system or PDU has id "nope"')
  })

  it('names the file, line and column of a malformed outdoor CSV', async () => {
    const path = tempFile('bad.csv', 'timestamp,dryBulbC\n2026-01-05T00:00Z,5\n2026-01-05T01:00Z,warm\n')
    const run = await runCli(...day, '--outdoor', path)
    expectOneLineUserError(run, path, "line 3, column dryBulbC: 'warm' is not a number")
  })

  it('names an outdoor file that does not exist', async () => {
    const path = join(tempDir, 'missing.csv')
    expectOneLineUserError(await runCli(...day, '--outdoor', path), path, 'no such file')
  })
})

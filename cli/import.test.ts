// `npm run import`: arguments, the written scenario runs with `npm run sim`, overwrite refused, errors one line.
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ArgsError } from './args.ts'
import { parseImportArgs } from './importArgs.ts'
import {
  expectOneLineUserError,
  repoRoot,
  runCli,
  tempDir,
  tempFile,
  TIMEOUT_MS,
} from './testing/spawnCli.ts'
import type { CliRun } from './testing/spawnCli.ts'

const DEMO = 'test-fixtures/netbox/netbox-demo-v3.6-dcim.json'
const REST = 'test-fixtures/netbox/rest-v4.json'

function runImport(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const argv = ['--import', 'tsx', 'cli/import.ts', ...args]
    execFile(process.execPath, argv, { cwd: repoRoot, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

describe('parseImportArgs', () => {
  it('reads the format, file, --out and options', () => {
    expect(parseImportArgs(['netbox', 'a.json', '--out', 'b.json', '--mapping=m.json', '--force'])).toEqual({
      help: false,
      format: 'netbox',
      inPath: 'a.json',
      outPath: 'b.json',
      mappingPath: 'm.json',
      force: true,
      json: false,
    })
    expect(parseImportArgs(['--help'])).toEqual({ help: true })
  })

  it('refuses what it cannot do, in one line', () => {
    const bad = (argv: string[], message: string) => {
      expect(() => parseImportArgs(argv)).toThrow(ArgsError)
      expect(() => parseImportArgs(argv)).toThrow(message)
    }
    bad(['netbox', 'a.json'], 'missing --out <scenario.json>')
    bad(['dcim', 'a.json', '--out', 'b'], 'cannot import "dcim": only netbox')
    bad(['netbox', '--out', 'b.json'], 'missing the NetBox file')
    bad(['netbox', 'a.json', '--out'], '--out needs a file')
    bad(['netbox', 'a.json', '--out', 'b', '--outt', 'c'], 'unknown option --outt')
  })
})

describe.concurrent('npm run import', () => {
  it(
    'writes a scenario that npm run sim runs, and prints the counts',
    { timeout: 2 * TIMEOUT_MS },
    async () => {
      const out = join(tempDir, 'demo.json')
      const run = await runImport('netbox', DEMO, '--out', out)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('24 racks, 16 devices placed, 14 power feeds')
      expect(run.stdout).toMatch(/no devices \(18\): rack "R101"/)
      const sim = await runCli(out, '--horizon', '1d', '--json')
      expect(sim.code).toBe(0)
      expect(JSON.parse(sim.stdout)).toMatchObject({ racks: 24, servers: 16, coolingUnits: 2 })
    },
  )

  it('keeps an existing --out unless --force', { timeout: TIMEOUT_MS }, async () => {
    const out = tempFile('taken.json', 'mine\n')
    expectOneLineUserError(await runImport('netbox', REST, '--out', out), `${out} exists: give --force`)
    expect(readFileSync(out, 'utf8')).toBe('mine\n')
    const forced = await runImport('netbox', REST, '--out', out, '--force', '--json')
    expect(forced.code).toBe(0)
    expect(JSON.parse(forced.stdout)).toMatchObject({ racks: 2, devicesPlaced: 4, feeds: 3 })
  })

  it('applies --mapping and saves the mapping used', { timeout: TIMEOUT_MS }, async () => {
    const map = tempFile('map.json', JSON.stringify({ 'poweredge-r750': { idleW: 200, maxW: 900 } }))
    const out = join(tempDir, 'mapped.json')
    const saved = join(tempDir, 'saved-map.json')
    const run = await runImport('netbox', REST, '--out', out, '--mapping', map, '--save-mapping', saved)
    expect(run.code).toBe(0)
    const doc = JSON.parse(readFileSync(out, 'utf8'))
    expect(doc.serverModels[1].power).toEqual({ kind: 'linear', idleW: 200, maxW: 900 })
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toMatchObject({
      'poweredge-r750': { idleW: 200, maxW: 900 },
      'patch-24': { skip: true },
    })
  })

  it('names the file, JSON path and problem of bad input', { timeout: 2 * TIMEOUT_MS }, async () => {
    const broken = JSON.parse(readFileSync(join(repoRoot, REST), 'utf8'))
    broken.racks.results[0].u_height = 'abc'
    const file = tempFile('broken.json', JSON.stringify(broken))
    const out = join(tempDir, 'never.json')
    expectOneLineUserError(
      await runImport('netbox', file, '--out', out),
      `${file}: $.racks.results[0].u_height: expected a number, got "abc"`,
    )
    const map = tempFile('badmap.json', JSON.stringify({ 'poweredge-r650': { catalogue: 'dell-r9000' } }))
    expectOneLineUserError(
      await runImport('netbox', REST, '--out', out, '--mapping', map),
      `${map}: $.poweredge-r650`,
    )
    const typo = tempFile('typo.json', JSON.stringify({ 'poweredge-r65': { skip: true } }))
    expectOneLineUserError(
      await runImport('netbox', REST, '--out', out, '--mapping', typo),
      'no device type has this slug (known: poweredge-r650',
    )
    expectOneLineUserError(
      await runImport('netbox', 'nope.json', '--out', out),
      'nope.json: cannot read: no such file',
    )
  })
})

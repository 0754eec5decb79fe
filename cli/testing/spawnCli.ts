// Spawning the real CLI for its tests: run it, write temp input files, check one-line user errors.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect } from 'vitest'

// Each spawn costs about a second of node + tsx start-up; the runs themselves are short (horizon ≤ 1 d).
export const TIMEOUT_MS = 60_000
export const repoRoot = join(import.meta.dirname, '../..')

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export const tempDir = mkdtempSync(join(tmpdir(), 'plenum-cli-'))
// Registered by each test file that imports this module, which vitest evaluates once per file.
afterAll(() => rmSync(tempDir, { recursive: true, force: true }))

/** Runs the CLI asynchronously, so the concurrent tests below overlap their node + tsx start-ups. */
export function runCli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const argv = ['--import', 'tsx', 'cli/sim.ts', ...args]
    execFile(process.execPath, argv, { cwd: repoRoot, encoding: 'utf8' }, (error, stdout, stderr) => {
      // A non-zero exit arrives as an error carrying the exit code; other failures (spawn) have none.
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0
      resolve({ code, stdout, stderr })
    })
  })
}

/** Writes `text` to a file `name` in the temp directory and returns its path. */
export function tempFile(name: string, text: string): string {
  const path = join(tempDir, name)
  writeFileSync(path, text)
  return path
}

/** Writes default.json with `edit` applied (or raw text) to a temp file and returns its path. */
export function tempScenario(name: string, edit: ((json: Record<string, unknown>) => void) | string): string {
  if (typeof edit === 'string') return tempFile(name, edit)
  const json = JSON.parse(readFileSync(join(repoRoot, 'scenarios/default.json'), 'utf8'))
  edit(json)
  return tempFile(name, JSON.stringify(json, null, 2))
}

export function expectOneLineUserError(run: CliRun, ...fragments: string[]) {
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr.endsWith('\n')).toBe(true)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).not.toMatch(/\n\s+at /)
  for (const fragment of fragments) expect(run.stderr).toContain(fragment)
}

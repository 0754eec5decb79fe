// Runs every validation case of sim/validation/cases/*.ts, new files included without edits here, and checks
// that docs/validation.md lists each with the number obtained (`npm run validation` rewrites it).
import { format, resolveConfig } from 'prettier'
import { describe, expect, it } from 'vitest'
import type { ValidationCase } from './validationCase.ts'
import { allowedDifference, passes, runCase, validationMarkdown } from './validationTable.ts'
import type { CaseResult } from './validationTable.ts'

const modules = import.meta.glob<{ cases?: unknown }>('./cases/*.ts', { eager: true })
const DOC = '../../docs/validation.md'

/** The cases of one file, or an error naming the file when it does not export `cases: ValidationCase[]`. */
function casesOf(path: string, module: { cases?: unknown }): ValidationCase[] {
  const file = `sim/validation/cases/${path.slice('./cases/'.length)}`
  if (!Array.isArray(module.cases) || module.cases.length === 0)
    throw new Error(`${file}: must export a non-empty 'cases: ValidationCase[]'`)
  module.cases.forEach((c: Partial<ValidationCase>, k) => {
    const at = `${file}: cases[${k}]${typeof c?.id === 'string' ? ` (${c.id})` : ''}`
    if (typeof c?.id !== 'string' || !/^[^/\s]+\/\S+$/.test(c.id))
      throw new Error(`${at}.id: must read '<area>/<what>'`)
    for (const key of ['what', 'source', 'unit'] as const)
      if (typeof c[key] !== 'string' || c[key].trim() === '') throw new Error(`${at}.${key}: must be text`)
    if (typeof c.expected !== 'number' || !Number.isFinite(c.expected))
      throw new Error(`${at}.expected: must be a finite number`)
    const t = c.tolerance as Record<string, unknown> | undefined
    const limit = t?.abs ?? t?.rel
    if (typeof limit !== 'number' || !(limit >= 0))
      throw new Error(`${at}.tolerance: must be { abs } or { rel } ≥ 0`)
    if (typeof c.obtained !== 'function') throw new Error(`${at}.obtained: must be a function`)
  })
  return module.cases as ValidationCase[]
}

const files = Object.keys(modules)
  .sort()
  .map((path) => ({
    file: `sim/validation/cases/${path.slice('./cases/'.length)}`,
    cases: casesOf(path, modules[path]),
  }))
// Each case runs once, inside its own test (so its time counts against a test budget, not collection); the
// table reads the same results, and runs any case a filter left out.
const results = new Map<ValidationCase, CaseResult>()
const resultOf = (c: ValidationCase): CaseResult => {
  if (!results.has(c)) results.set(c, runCase(c))
  return results.get(c)!
}

it('has at least one case file and no id twice', () => {
  expect(files.length).toBeGreaterThan(0)
  const ids = files.flatMap((f) => f.cases.map((c) => c.id))
  expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([])
})

for (const { file, cases } of files)
  describe(file, () => {
    for (const c of cases)
      it(`${c.id}: ${c.expected} ${c.unit} within ${allowedDifference(c)}`, () => {
        const r = resultOf(c)
        if (r.error) throw new Error(`${c.id}: ${r.error}`)
        expect(passes(r), `${c.id} obtained ${r.obtained}, expected ${c.expected}`).toBe(true)
      })
  })

it('docs/validation.md lists every case with the number obtained (npm run validation rewrites it)', async () => {
  const path = new URL(DOC, import.meta.url).pathname
  const byFile = files.map(({ file, cases }) => ({ file, results: cases.map(resultOf) }))
  const text = await format(validationMarkdown(byFile), {
    ...(await resolveConfig(path)),
    parser: 'markdown',
  })
  await expect(text).toMatchFileSnapshot(DOC)
})

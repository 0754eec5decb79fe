// docs/validation.md as text: one table per case file, each case with the number the model gave.
import type { ValidationCase } from './validationCase.ts'

/** A case with what the model gave, or why it gave nothing. */
export interface CaseResult {
  case: ValidationCase
  obtained: number
  error?: string
}

/** The largest difference the case allows from its expected value. */
export function allowedDifference(c: ValidationCase): number {
  return 'abs' in c.tolerance ? c.tolerance.abs : c.tolerance.rel * Math.abs(c.expected)
}

/** Runs one case, catching a throw so the table still lists it (the case's own test then fails on it). */
export function runCase(c: ValidationCase): CaseResult {
  try {
    return { case: c, obtained: c.obtained() }
  } catch (e) {
    return { case: c, obtained: NaN, error: e instanceof Error ? e.message : String(e) }
  }
}

export function passes(r: CaseResult): boolean {
  return Number.isFinite(r.obtained) && Math.abs(r.obtained - r.case.expected) <= allowedDifference(r.case)
}

/**
 * Six significant digits: what a reader compares with the source, and the table does not churn when a model's
 * last bits move (sim/ already computes exp, log and pow the same everywhere: sim/math/portable.ts); integers as
 * they are.
 */
function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x)
  if (Number.isInteger(x) && Math.abs(x) < 1e9) return String(x)
  return String(Number(x.toPrecision(6)))
}

function formatTolerance(c: ValidationCase): string {
  return 'abs' in c.tolerance
    ? `± ${formatNumber(c.tolerance.abs)}`
    : `± ${formatNumber(c.tolerance.rel * 100)} %`
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')

const HEADER = [
  '# Validation cases',
  '',
  'Every case below runs a model of the twin and compares what it gives with a value derived independently of',
  'that model: a closed form, a table published with the source, or a fine-step reference run. The derivations',
  'are in [physics.md](physics.md). `sim/validation/validation.test.ts` runs every case in',
  '`sim/validation/cases/*.ts`, fails when one is outside its tolerance, and fails when this file differs from',
  'what it would write; `npm run validation` rewrites it. Generated: do not edit by hand.',
  '',
]

/** The whole of docs/validation.md (before prettier aligns the columns), files in name order. */
export function validationMarkdown(byFile: readonly { file: string; results: CaseResult[] }[]): string {
  const lines = [...HEADER]
  const total = byFile.reduce((n, f) => n + f.results.length, 0)
  const passing = byFile.reduce((n, f) => n + f.results.filter(passes).length, 0)
  lines.push(`${total} cases, ${passing} within tolerance.`, '')
  for (const { file, results } of byFile) {
    lines.push(`## ${file}`, '')
    lines.push('| id | what | source | expected | obtained | tolerance | unit |')
    lines.push('| --- | --- | --- | --- | --- | --- | --- |')
    for (const r of results) {
      const c = r.case
      const obtained = r.error ? `error: ${r.error}` : formatNumber(r.obtained)
      const row = [c.id, c.what, c.source, formatNumber(c.expected), obtained, formatTolerance(c), c.unit]
      lines.push(`| ${row.map(cell).join(' | ')} |`)
    }
    lines.push('')
  }
  return lines.join('\n')
}

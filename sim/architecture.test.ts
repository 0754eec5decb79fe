// The pure-core boundary: sim/ sources touch no clock, DOM or unseeded randomness. What they may import (no UI,
// worker or Node modules, nothing outside sim/) is checked over the whole repository by scripts/rings.test.ts.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const simDir = import.meta.dirname
const sources = readdirSync(simDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort()

const forbiddenGlobal =
  /\bMath\.random\b|\bDate\.now\b|\bperformance\.now\b|\bwindow\.|\bdocument\.|\brequestAnimationFrame\b/g

// Comments may name what they avoid ("no Math.random here"); only code counts.
const stripComments = (code: string) =>
  code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1')

it('finds the sim sources it guards', () => {
  expect(sources).toContain(join('core', 'env.ts'))
})

it('keeps sim/ free of clocks, the DOM and Math.random', () => {
  const problems: string[] = []
  for (const file of sources) {
    const code = stripComments(readFileSync(join(simDir, file), 'utf8'))
    for (const [use] of code.matchAll(forbiddenGlobal)) problems.push(`${file}: uses ${use}`)
  }
  expect(problems).toEqual([])
})

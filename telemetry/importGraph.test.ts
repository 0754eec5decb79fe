// The stream client's bundle: the static, value-level import graph of websocket.ts never reaches papaparse.
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { importsOf } from '../scripts/importGraph.ts'

/**
 * Every module reached from `entry` by imports and re-exports that survive compilation: `import type` and
 * `export type` are erased (verbatimModuleSyntax), so they cannot pull a package into a bundle. Relative
 * specifiers are followed as files; anything else is a package, recorded by name and not entered.
 */
function reachableFrom(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const { specifier, typeOnly } of importsOf(file, readFileSync(file, 'utf8'))) {
      if (typeOnly) continue
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier))
      else seen.add(specifier)
    }
  }
  visit(resolve(entry))
  return seen
}

const isPapaparse = (module: string) => /^papaparse(\/|$)/.test(module)

it('reaches the long CSV parser’s papaparse from longCsv.ts, so the walk does see it', () => {
  const modules = [...reachableFrom(join(import.meta.dirname, '../sim/traces/longCsv.ts'))]
  expect(modules.filter(isPapaparse)).toEqual(['papaparse/papaparse.min.js'])
})

it('keeps papaparse out of the WebSocket client: it reaches the timestamp parser, not the CSV one', () => {
  const modules = reachableFrom(join(import.meta.dirname, 'websocket.ts'))
  const names = [...modules].map((m) => m.replace(resolve(import.meta.dirname, '..') + '/', ''))
  expect(names).toContain('sim/traces/timestamp.ts')
  expect(names).not.toContain('sim/traces/longCsv.ts')
  expect(names.filter(isPapaparse)).toEqual([])
})

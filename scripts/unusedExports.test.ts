// The dead-export finder on a tiny synthetic tree: what only tests use is listed, what production reaches is not.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { expect, it } from 'vitest'
import { unusedExports } from './unusedExports.ts'

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'unused-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  return root
}

it('lists exports only tests import, follows a barrel, and tells types from values', () => {
  const root = tree({
    'sim/a.ts': [
      'export const used = 1',
      'export function onlyTested() {}',
      'export const viaBarrel = 2',
      'export const nobody = helper()',
      'function helper() { return 3 }',
      'export type Shape = { x: number }',
    ].join('\n'),
    'sim/index.ts': "export { viaBarrel } from './a.ts'",
    'cli/main.ts':
      "import { used } from '../sim/a.ts'\nimport { viaBarrel } from '../sim/index.ts'\nused + viaBarrel",
    'sim/a.test.ts': "import { onlyTested } from './a.ts'\nonlyTested()",
  })
  const found = unusedExports(root).map((e) => [e.file, e.name, e.typeOnly, e.testedBy])
  expect(found).toEqual([
    ['sim/a.ts', 'onlyTested', false, ['sim/a.test.ts']],
    ['sim/a.ts', 'nobody', false, []],
    ['sim/a.ts', 'Shape', true, []],
  ])
})

// The same scenario everywhere: what the editor writes (scenarioJson, the text behind hallJson) runs unchanged with
// `npm run sim`, and a shipped file the editor opens and saves unchanged differs from it in whitespace only.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyEdit } from '../sim/edit/index.ts'
import type { Edit } from '../sim/edit/index.ts'
import { parseScenario } from '../sim/index.ts'
import type { ScenarioInput } from '../sim/index.ts'
import { scenarioJson } from '../sim/scenario/scenarioJson.ts'
import { repoRoot, runCli, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'

const shipped = readdirSync(join(repoRoot, 'scenarios')).filter(
  (f) => f.endsWith('.json') && f !== 'schema.json',
)

/** JSON text as tokens: strings whole, numbers as written, punctuation and literals; whitespace dropped. */
const tokens = (text: string) =>
  text.match(/"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|[{}[\]:,]|true|false|null/g) ?? []

/** Number spellings JSON.stringify writes differently ("6.0" becomes "6"), each once. */
function respelled(text: string, saved: string): string[] {
  const [a, b] = [tokens(text), tokens(saved)]
  expect(b).toHaveLength(a.length)
  const changes = a.flatMap((token, i) => (token === b[i] ? [] : [`${token} → ${b[i]}`]))
  return [...new Set(changes)]
}

describe('shipped scenarios saved by the editor', () => {
  it.each(shipped)(
    '%s: only whitespace and "6.0" → "6" change, and a second save is byte-identical',
    (name) => {
      const text = readFileSync(join(repoRoot, 'scenarios', name), 'utf8')
      const saved = scenarioJson(JSON.parse(text))
      // The files keep short objects on one line (prettier), which JSON.stringify breaks up, and the default hall's
      // crah-3 stands at "yM": 6.0, which it writes 6. Keys, their order and every other token survive.
      expect(respelled(text, saved)).toEqual(name === 'large-hall.json' ? [] : ['6.0 → 6'])
      expect(scenarioJson(JSON.parse(saved))).toBe(saved)
      expect(parseScenario(JSON.parse(saved), name)).toEqual(parseScenario(JSON.parse(text), name))
    },
  )
})

describe('an edited hall runs with npm run sim', () => {
  it(
    'default.json with A-04 moved, 2 servers added and crah-1 at 22 °C: 24 racks, 386 servers',
    { timeout: TIMEOUT_MS },
    async () => {
      const edits: Edit[] = [
        { kind: 'moveRack', rackId: 'A-04', xM: 6.5, yM: 5.1 },
        { kind: 'addServers', rackId: 'B-07', model: 'dell-r740', uPosition: 30, count: 2 },
        { kind: 'setSetpoint', unitId: 'crah-1', supplySetpointC: 22 },
      ]
      let doc = JSON.parse(readFileSync(join(repoRoot, 'scenarios/default.json'), 'utf8')) as ScenarioInput
      for (const edit of edits) {
        const result = applyEdit(doc, edit)
        if (!result.ok) throw new Error(result.problem)
        doc = result.doc
      }
      const path = tempFile('edited.json', scenarioJson(doc))
      const run = await runCli(path, '--horizon', '1h', '--json')
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout)
      // 24 racks × 16 servers = 384, plus the two added to B-07.
      expect(report).toMatchObject({ racks: 24, servers: 386, coolingUnits: 3 })
      expect(Object.keys(report.thermal.perRackMaxInletC)).toContain('A-04')
      expect(report.cooling.units[0]).toMatchObject({ id: 'crah-1', supplyC: 22 })
    },
  )
})

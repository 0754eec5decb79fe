// Provisioning advice on the command line: in the JSON and the text, skipped by --no-advice, and computed alike by
// an unsharded run and by merge of its shards (the shard header carries the scenario).
import { describe, expect, it } from 'vitest'
import { upsModuleHallInput } from '../sim/forecast/advice/adviceHalls.ts'
import { runCli, tempFile } from './testing/spawnCli.ts'

// 240 kW on 4 × 100 kW at N+1 growing 2 ± 0.5 %/month: replicas differ, the UPS is crossed in all of them.
const hall = tempFile('advice-hall.json', JSON.stringify(upsModuleHallInput(0.5)))
const base = ['forecast', hall, '--months', '24', '--replicas', '4', '--seed', '2']

describe('npm run sim -- forecast: provisioning advice', () => {
  it(
    'recommends UPS modules, verified, in the JSON and the text; --no-advice says it skipped them',
    { timeout: 240_000 },
    async () => {
      const [json, text, none] = await Promise.all([
        runCli(...base, '--json'),
        runCli(...base),
        runCli(...base, '--json', '--no-advice'),
      ])
      const [rec, ...rest] = JSON.parse(json.stdout).forecast.recommendations
      expect(rest).toEqual([])
      expect(rec).toMatchObject({
        action: 'addUpsModules',
        target: 'ups-1',
        resolves: 'ups:ups-1',
        verified: true,
      })
      expect(rec.changes[0].spec).toMatchObject({ kind: 'upsModules', ups: 'ups-1', date: rec.by })
      expect(text.stdout).toContain('Provisioning advice')
      expect(text.stdout).toContain(`${rec.by}  ✓ addUpsModules ups-1 for ups:ups-1`)
      expect(text.stderr).toContain('advice: re-running for ups:ups-1, proposal 1')
      // Not computed is null, not [] (computed, nothing to advise).
      expect(JSON.parse(none.stdout).forecast.recommendations).toBeNull()
    },
  )

  it(
    'gives the same bytes, advice included, unsharded and as 2 merged shards',
    { timeout: 240_000 },
    async () => {
      const [full, p0, p1] = await Promise.all([
        runCli(...base, '--json'),
        runCli(...base, '--json', '--shard', '0/2'),
        runCli(...base, '--json', '--shard', '1/2'),
      ])
      const merged = await runCli(
        'merge',
        tempFile('advice-1.json', p1.stdout),
        tempFile('advice-0.json', p0.stdout),
      )
      expect(merged.stderr).toBe('')
      expect(merged.stdout).toBe(full.stdout)
      expect(JSON.parse(full.stdout).forecast.recommendations).toHaveLength(1)
    },
  )
})

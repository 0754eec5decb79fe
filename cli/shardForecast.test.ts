import { describe, expect, it } from 'vitest'
import { upsHallInput } from '../sim/forecast/run/runHalls.ts'
import { expectOneLineUserError, runCli, tempFile } from './testing/spawnCli.ts'

// 450 kW growing 3 ± 1 %/month against a 700 kW UPS: replicas differ, so seeding and order matter. The chiller
// fails every 5,000 h on average, so most replicas' cooling is first crossed by a sampled failure.
const uncertain = tempFile(
  'shard-forecast.json',
  JSON.stringify(
    upsHallInput(
      { demand: { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 } },
      (s) => (s.reliability = { chiller: { mtbfH: 5000 } }),
    ),
  ),
)
// --no-advice: advice re-runs the forecast, and its own tests check shards with it.
const base = [
  'forecast',
  uncertain,
  '--months',
  '18',
  '--replicas',
  '6',
  '--seed',
  '3',
  '--json',
  '--no-advice',
]

describe('npm run sim -- forecast --workers / --shard, and merge', () => {
  it(
    'gives the same bytes unsharded, on 2 workers and as 2 merged shards',
    { timeout: 240_000 },
    async () => {
      const [full, two, p0, p1] = await Promise.all([
        runCli(...base),
        runCli(...base, '--workers', '2'),
        runCli(...base, '--shard', '0/2'),
        runCli(...base, '--shard', '1/2'),
      ])
      expect(full.stderr).toBe('')
      expect(two.stdout).toBe(full.stdout)
      const merged = await runCli(
        'merge',
        tempFile('part-1.json', p1.stdout),
        tempFile('part-0.json', p0.stdout),
      )
      expect(merged.stdout).toBe(full.stdout)
      const { forecast } = JSON.parse(full.stdout)
      expect(forecast).toMatchObject({ months: 18, replicas: 6, seed: 3, failures: { sampled: true } })
      const cooling = forecast.resources.find((r: { id: string }) => r.id === 'cooling:cooling')
      expect(cooling.failureShare).toBeGreaterThan(0)
    },
  )

  it('refuses a bad --shard and a merge with a part missing, on one line', { timeout: 120_000 }, async () => {
    expectOneLineUserError(await runCli(...base, '--shard', '2/2'), '--shard: expected i/n')
    const p0 = await runCli(...base, '--shard', '0/2')
    expectOneLineUserError(
      await runCli('merge', tempFile('only-0.json', p0.stdout)),
      'merge: missing shard 1/2',
    )
  })
})

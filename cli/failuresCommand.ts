// `npm run sim -- failures <scenario> [--months 24] [--replicas 200] [--seed N] [--workers 1] [--shard i/n]`:
// Monte Carlo of the cooling units' sampled failures (the scenario's reliability section): p10/p50/p90 of the
// first hour more units are down than the redundancy covers. With --shard it prints that shard's part for
// `npm run sim -- merge`. The runnable showcase of the pool and the shards.
import { parseArgs } from 'node:util'
import { parseScenarioText } from '../sim/index.ts'
import { MONTH_S } from '../sim/forecast/growth/index.ts'
import { reliabilityOf, shardIndices } from '../sim/forecast/montecarlo/index.ts'
import type { CoolingLoss, CoolingLossInput } from '../sim/forecast/montecarlo/index.ts'
import type { Scenario } from '../sim/scenario/types.ts'
import { readText, UserError } from './inputs.ts'
import { runReplicas } from './replicaPool.ts'
import { parseShard, shardText } from './shard.ts'
import type { ShardHeader } from './shard.ts'
import { coolingLossReport } from './shardKinds.ts'

const wholeOption = (text: string | undefined, name: string, fallback: number, max: number, min = 1) => {
  if (text === undefined) return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min || value > max)
    throw new UserError(`--${name}: expected a whole number from ${min} to ${max}, got "${text}"`)
  return value
}

/** Units that may be down at once without losing capacity under the scenario's cooling redundancy. */
export function spareUnitsOf(scenario: Pick<Scenario, 'coolingRedundancy' | 'coolingUnits'>): number {
  const n = scenario.coolingUnits.length
  const spare = { N: 0, 'N+1': 1, 'N+2': 2, '2N': Math.floor(n / 2) }[scenario.coolingRedundancy]
  return Math.min(n, spare ?? 0)
}

export const FAILURES_USAGE = `Usage: npm run sim -- failures <scenario.json> [--months 24] [--replicas 200] [--seed N]
                    [--workers N] [--shard i/n]

Samples cooling-unit failures and repairs (MTBF/MTTR from the scenario's reliability section) over the months and
prints, as JSON, p10/p50/p90 of the first hour more units are down at once than the cooling redundancy covers
(null: not within the horizon), the replicas where that happens, and the mean failures and unit-hours down per
replica. --shard writes one slice of the replicas for \`merge\`.
`

/** Runs the command; returns what it prints. */
export async function failuresCommand(argv: readonly string[]): Promise<string> {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        months: { type: 'string' },
        replicas: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        shard: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    })
  } catch (error) {
    throw new UserError(`failures: ${(error as Error).message}`)
  }
  const { values, positionals } = parsed
  if (values.help) return FAILURES_USAGE
  if (positionals.length !== 1) throw new UserError('failures: give one scenario file')
  const scenario = parseScenarioText(readText(positionals[0]), positionals[0])
  const months = wholeOption(values.months, 'months', 24, 1200)
  const replicas = wholeOption(values.replicas, 'replicas', 200, 100_000)
  const workers = wholeOption(values.workers, 'workers', 1, 256)
  const seed = values.seed === undefined ? scenario.seed : wholeOption(values.seed, 'seed', 0, 0xffffffff, 0)
  const input: CoolingLossInput = {
    scenarioSeed: seed,
    horizonH: (months * MONTH_S) / 3600,
    unitIds: scenario.coolingUnits.map((u) => u.id),
    spareUnits: spareUnitsOf(scenario),
    reliability: reliabilityOf(scenario),
  }
  const header: ShardHeader = {
    kind: 'coolingLoss',
    scenario: scenario.name,
    seed,
    replicas,
    months,
    units: input.unitIds.length,
    spareUnits: input.spareUnits,
    coolingUnit: input.reliability.coolingUnit,
  }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  const task = {
    modulePath: new URL('../sim/forecast/montecarlo/coolingLossReplica.ts', import.meta.url).pathname,
    exportName: 'coolingLossReplica',
    input,
  }
  const records = await runReplicas<CoolingLossInput, CoolingLoss>(task, shardIndices(replicas, shard), {
    workers,
  })
  return shard ? shardText(header, shard, records) : coolingLossReport(header, records)
}

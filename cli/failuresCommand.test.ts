import { describe, expect, it } from 'vitest'
import { failuresCommand } from './failuresCommand.ts'
import { mergeCommand, mergedOutput } from './shardMerge.ts'

const args = ['scenarios/default.json', '--months', '24', '--replicas', '12', '--seed', '0']

describe('npm run sim -- failures', () => {
  it('prints the same report on 1 and 2 workers and from 2 merged shards', { timeout: 180_000 }, async () => {
    const one = await failuresCommand(args)
    expect(await failuresCommand([...args, '--workers', '2'])).toBe(one)
    const parts = await Promise.all(
      ['0/2', '1/2'].map(async (s) => ({ name: s, text: await failuresCommand([...args, '--shard', s]) })),
    )
    expect(mergedOutput(parts)).toBe(one)
    // The default hall: 3 CRAHs at N+1, MTBF 36,500 h; 12 replicas of 24 months.
    expect(JSON.parse(one).coolingLoss).toMatchObject({ units: 3, spareUnits: 1, replicas: 12, seed: 0 })
  })

  it('refuses a bad option with one line naming it', async () => {
    await expect(failuresCommand([...args, '--replicas', '0'])).rejects.toThrow(
      '--replicas: expected a whole number from 1',
    )
    await expect(failuresCommand([...args, '--shard', '2/2'])).rejects.toThrow(/--shard: expected i\/n/)
    await expect(failuresCommand([...args, '--bogus'])).rejects.toThrow(/failures: Unknown option '--bogus'/)
  })

  it('prints its usage for --help, as merge does, and merge without parts says what to give', async () => {
    expect(await failuresCommand(['--help'])).toMatch(/^Usage: npm run sim -- failures <scenario.json>/)
    expect(mergeCommand(['-h'])).toMatch(/^Usage: npm run sim -- merge <part.json>/)
    expect(() => mergeCommand([])).toThrow('merge: give the part files of one sharded run')
  })
})

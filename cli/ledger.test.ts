import { describe, expect, it } from 'vitest'
import { parseArgs } from './args.ts'
import { ledgerHallInput } from '../sim/forecast/ledger/ledgerHalls.ts'
import { runCli, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'
import type { LedgerReport } from './ledger.ts'

// Four 120 kW units at N+1 and 10 racks × 38 servers × 200 W = 76 kW, constant: design 360 kW binds at 360/76.
const hall = tempFile(
  'ledger-hall.json',
  JSON.stringify(
    ledgerHallInput({ racks: 10, serversPerRack: 38, units: 4, unitKw: 120, redundancy: 'N+1' }),
  ),
)

describe('npm run sim -- <scenario> --ledger', () => {
  it(
    '--json: the ledger at 76 kW, cooling first to break, at 360/76 = 4.737× all-in and with a unit out',
    async () => {
      const run = await runCli(hall, '--ledger', '--json')
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      const report = JSON.parse(run.stdout) as LedgerReport
      expect(report.peak.itW).toBeCloseTo(76_000, 6)
      const cooling = report.entries.find((e) => e.kind === 'cooling')!
      expect(cooling).toMatchObject({ limit: 480_000, designLimit: 360_000, state: 'ok' })
      expect(cooling.margin).toBeCloseTo(284_000, 3)
      // Cooling crosses first as load grows 5 % a step: 1.05^32 = 4.765 is the first step past 4.737.
      expect(report.breaksFirst[0]).toMatchObject({ kind: 'cooling', firstCrossed: '×4.765' })
      const { allIn, worstSingleFailure } = report.breakingPoint
      for (const p of [allIn, worstSingleFailure!]) {
        expect(p.breaks!.kind).toBe('cooling')
        expect(p.scale).toBeLessThanOrEqual(360 / 76)
        expect(p.scale).toBeGreaterThanOrEqual(360 / 76 / 1.01)
      }
      expect(worstSingleFailure!.failure).toMatchObject({ type: 'failCoolingUnit' })
      expect(report.strandedByRack).toHaveLength(10)
    },
    TIMEOUT_MS,
  )

  it(
    'prints a summary naming the breaking point; --queue-target without --ledger is a one-line error, exit 2',
    async () => {
      const [summary, stray] = await Promise.all([
        runCli(hall, '--ledger'),
        runCli(hall, '--queue-target', '5m'),
      ])
      expect(summary.code).toBe(0)
      expect(summary.stdout).toMatch(
        /all equipment in: holds 4\.7\d\d× today's load; at 4\.7\d\d× cooling cooling/,
      )
      expect(summary.stdout).toMatch(/worst single failure, crah-\d out: holds 4\.7\d\d×/)
      expect(stray).toMatchObject({ code: 2, stderr: 'sim: --queue-target needs --ledger\n' })
    },
    TIMEOUT_MS,
  )
})

describe('--ledger arguments', () => {
  it('takes --queue-target as a duration, and refuses it without --ledger, a bad duration, or --fail with it', () => {
    expect(parseArgs(['h.json', '--ledger', '--queue-target', '5m'])).toMatchObject({
      ledger: true,
      queueTargetS: 300,
    })
    expect(() => parseArgs(['h.json', '--queue-target', '5m'])).toThrow('--queue-target needs --ledger')
    expect(() => parseArgs(['h.json', '--ledger', '--queue-target', 'abc'])).toThrow('--queue-target: "abc"')
    expect(() => parseArgs(['h.json', '--ledger', '--fail', 'crah-1@1h'])).toThrow('--fail applies to a run')
  })
})

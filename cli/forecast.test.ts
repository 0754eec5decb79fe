import { describe, expect, it } from 'vitest'
import { upsHallInput } from '../sim/forecast/run/runHalls.ts'
import { expectOneLineUserError, runCli, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'

// 450 kW at 3 %/month against a 700 kW UPS: the UPS is first crossed at ln(700/450)/ln(1.03) = 14.95 months in
// every replica (no rate uncertainty), nothing else within 24 months when no equipment fails (--no-failures).
const steady = tempFile(
  'forecast-steady.json',
  JSON.stringify(upsHallInput({ demand: { kind: 'compound', percentPerMonth: 3 } })),
)
// The same with ±1 %/month, so replicas differ and the seed matters.
const uncertain = tempFile(
  'forecast-uncertain.json',
  JSON.stringify(upsHallInput({ demand: { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 } })),
)

// A fitted table of one month cannot be forecast for two.
const shortTable = tempFile(
  'forecast-table.json',
  JSON.stringify(
    upsHallInput({ demand: { kind: 'table', baseItKw: 450, meanKw: [450, 460], sigmaKw: [0, 5] } }),
  ),
)

// Advice re-runs the forecast per recommendation; its own tests cover it, so these runs skip it.
const growthOnly = ['--months', '18', '--replicas', '2', '--no-failures', '--no-advice']

describe.concurrent('npm run sim -- forecast', () => {
  it(
    '--fail-within exits 3 naming the line crossed within the window, 0 when none is',
    { timeout: 3 * TIMEOUT_MS },
    async () => {
      const [inside, outside, text] = await Promise.all([
        runCli('forecast', steady, ...growthOnly, '--fail-within', '15@p90', '--json'),
        runCli('forecast', steady, ...growthOnly, '--fail-within', '14.9'),
        runCli('forecast', steady, ...growthOnly),
      ])
      expect(inside.code).toBe(3)
      expect(inside.stderr.trimEnd().split('\n')).toEqual([
        'sim: forecast: ups:ups is first crossed at month 14.95 (p90), within --fail-within 15',
      ])
      const { forecast } = JSON.parse(inside.stdout)
      expect(forecast.resources[0]).toMatchObject({
        id: 'ups:ups',
        limit: 700_000,
        unit: 'W',
        crossedShare: 1,
      })
      expect(forecast.resources[0].firstCrossing.p50).toBeCloseTo(Math.log(700 / 450) / Math.log(1.03), 6)
      expect(forecast.resources[1].firstCrossing).toEqual({ p10: null, p50: null, p90: null })
      // --no-advice: not computed is null, and the text says so rather than "none" (cli/forecastAdvice.test.ts
      // has the advice itself).
      expect(forecast.recommendations).toBeNull()
      expect(text.stdout).toContain('Provisioning advice: skipped (--no-advice).')
      expect(text.stdout).not.toContain('none: no line is crossed')
      expect(outside.code).toBe(0)
      expect(text.code).toBe(0)
      expect(text.stdout).toContain('14.9    14.9    14.9   100 % of replicas  ups:ups (700000 W)')
      expect(text.stdout).toContain('100 %  ups:ups, p50 14.9')
      expect(text.stdout).toContain('Equipment failures: not sampled (growth only).')
      expect(forecast.failures).toEqual({
        sampled: false,
        meanOutages: 0,
        breachHours: { p10: 0, p50: 0, p90: 0 },
        chillerPlant: null,
      })
      // Today's breaking point: the UPS at 700/450 = 1.556× today's peak, by bisection to 1 %.
      const scale = Number(/all in: ([\d.]+)× today's peak, ups:ups breaks/.exec(text.stdout)?.[1])
      expect(Math.abs(scale / (700 / 450) - 1)).toBeLessThan(0.01)
    },
  )

  it(
    'the same seed gives byte-identical JSON; another seed other bands',
    { timeout: 3 * TIMEOUT_MS },
    async () => {
      const args = ['forecast', uncertain, '--months', '12', '--replicas', '5', '--json', '--no-advice']
      const [a, b, c] = await Promise.all([
        runCli(...args, '--seed', '7'),
        runCli(...args, '--seed', '7'),
        runCli(...args, '--seed', '8'),
      ])
      expect(a.code).toBe(0)
      expect(a.stdout).toBe(b.stdout)
      expect(c.stdout).not.toBe(a.stdout)
      expect(JSON.parse(a.stdout).forecast).toMatchObject({ months: 12, replicas: 5, seed: 7 })
    },
  )

  it('argument errors exit 2 naming the argument', { timeout: 3 * TIMEOUT_MS }, async () => {
    const runs = await Promise.all([
      runCli('forecast', steady, '--months', '0'),
      runCli('forecast', steady, '--replicas', 'many'),
      runCli('forecast', steady, '--fail-within', '12@p75'),
      runCli('forecast', steady, '--shards', '2'),
      runCli('forecast'),
      runCli('forecast', 'no-such.json'),
      runCli('forecast', shortTable, '--months', '2'),
    ])
    expectOneLineUserError(runs[0], '--months: "0" is not a whole number from 1 to 120')
    expectOneLineUserError(runs[1], '--replicas')
    expectOneLineUserError(runs[2], '--fail-within: "12@p75"')
    expectOneLineUserError(runs[3], 'unknown option --shards')
    expectOneLineUserError(runs[4], 'missing scenario path')
    expectOneLineUserError(runs[5], 'no-such.json: cannot read')
    expectOneLineUserError(
      runs[6],
      'forecast-table.json: $.growth.demand.meanKw: covers 1 months, --months asks for 2',
    )
  })
})

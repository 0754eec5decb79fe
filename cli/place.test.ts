// `npm run sim -- place`, spawned: the hand hall's answer as JSON and as a table, and one-line errors (exit 2).
import { describe, expect, it } from 'vitest'
import { placementHallInput } from '../sim/forecast/placement/placementHalls.ts'
import { expectOneLineUserError, runCli, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'

const hall = tempFile('place-hall.json', JSON.stringify(placementHallInput()))

describe.concurrent('npm run sim -- place', () => {
  it(
    'ranks A-03 then A-05 for four 2 U servers, as JSON and as a table',
    { timeout: 2 * TIMEOUT_MS },
    async () => {
      const [json, text] = await Promise.all([
        runCli('place', hall, '--servers', '4', '--model', 'big', '--json'),
        runCli('place', hall, '--servers', '4', '--model', 'big', '--top', '1'),
      ])
      expect(json.code).toBe(0)
      const { placement } = JSON.parse(json.stdout)
      // Headroom as placementsFor.test.ts derives it: 9/27 of A-03's inlet, 1,400/5,000 of A-05's budget.
      expect(placement.placements.map((p: { headroomPct: number }) => p.headroomPct.toFixed(2))).toEqual([
        '33.33',
        '28.00',
      ])
      expect(placement.rejected).toEqual({ space: 1, 'abFeed:estimated': 1, 'rackPower:over': 1 })
      expect(text.code).toBe(0)
      const lines = text.stdout.split('\n')
      expect(lines[0]).toBe(
        "Placement of 4 × big in Tiny hall on 2026-01-01: today's peak 10.0 kW IT, about 400 W a server",
      )
      expect(lines[3]).toMatch(/^ 1 {3}33\.3 % {2}inlet:A-03 18\.0 °C of 27\.0 °C .* A-03 U11–U18 \(4\)$/)
      // With --top 1 the search stops at A-03: A-01 is never simulated.
      expect(text.stdout).toContain(
        'Turned down: 1 × space, 1 × abFeed:estimated\nSimulated 1 candidate sets',
      )
      expect(text.stdout).toContain(
        '  {"kind":"servers","date":"2026-01-01","rack":"A-03","model":"big","uPosition":11,"count":4}',
      )
    },
  )

  it('prints why when nothing fits, exit 0', { timeout: 2 * TIMEOUT_MS }, async () => {
    const run = await runCli('place', hall, '--servers', '100', '--model', 'big')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Nothing fits: the hall has 66 free slots of 2 U')
  })

  it(
    'names a bad model, count, date or option on one line, exit 2',
    { timeout: 2 * TIMEOUT_MS },
    async () => {
      const [model, count, date, early, unknown, missing] = await Promise.all([
        runCli('place', hall, '--servers', '4', '--model', 'nope'),
        runCli('place', hall, '--servers', '0', '--model', 'big'),
        runCli('place', hall, '--servers', '4', '--model', 'big', '--date', '1 March'),
        runCli('place', hall, '--servers', '4', '--model', 'big', '--date', '2025-12-31'),
        runCli('place', hall, '--servers', '4', '--model', 'big', '--rack', 'A-01'),
        runCli('place', hall, '--model', 'big'),
      ])
      expectOneLineUserError(model, '--model: no server model "nope" in Tiny hall (it has box, big)')
      expectOneLineUserError(count, '--servers: "0" is not a whole number from 1 to 10000')
      expectOneLineUserError(date, '--date: "1 March" is not a date YYYY-MM-DD')
      expectOneLineUserError(early, "--date: 2025-12-31 is before the scenario's start 2026-01-01")
      expectOneLineUserError(unknown, "place: Unknown option '--rack'")
      expectOneLineUserError(missing, 'place: --servers <N> is required')
    },
  )
})

// Placement advice on a hall whose every margin is arithmetic (placementHalls.ts): which racks take four 2 U
// servers of 400 W, the ranking, the reasons the others are turned down, splits, and requests that cannot fit.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { BIG_W, feedLimitW, placementHallInput } from './placementHalls.ts'
import { placementsFor, PlacementRequestError } from './index.ts'

const hall = parseScenario(placementHallInput())
/** Every rack draws ten 1 U servers × 200 W today. */
const TODAY_W = 2000
const FEED_32A_W = feedLimitW(32) // 5,888 W
const FEED_16A_W = feedLimitW(16) // 2,944 W

describe('placementsFor on a hand hall', () => {
  it('ranks the racks that take four 400 W servers by headroom and says why the others do not', () => {
    const result = placementsFor(hall, { model: 'big', count: 4 })
    const addedW = 4 * BIG_W // 1,600 W
    // A-03 (6 kW): budget (6,000 − 3,600)/6,000 = 40 %, A/B feed (5,888 − 3,600)/5,888 = 38.86 %, and its inlet
    // at the 18 °C supply against 27 °C: 9/27 = 33.33 % binds. A-05 (5 kW): budget 1,400/5,000 = 28 % binds.
    expect(result.placements.map((p) => p.slots.map((s) => s.rack))).toEqual([['A-03'], ['A-05']])
    const [first, second] = result.placements
    expect(first.headroomPct).toBeCloseTo((100 * (27 - 18)) / 27, 6)
    expect(first.binding.key).toBe('inlet:A-03')
    expect(second.headroomPct).toBeCloseTo((100 * (5000 - TODAY_W - addedW)) / 5000, 6)
    expect(second.binding.key).toBe('rackPower:A-05')
    // Under the worst single failure (a PDU out), A-03's other cord carries all 3,600 W on its 5,888 W circuit.
    expect(first.failureHeadroom?.marginPct).toBeCloseTo(
      (100 * (FEED_32A_W - TODAY_W - addedW)) / FEED_32A_W,
      6,
    )
    // The deployment that applies it: the four servers stacked from the first free unit, U11.
    expect(first.changes).toEqual([
      {
        into: 'deployments',
        spec: { kind: 'servers', date: '2026-01-01', rack: 'A-03', model: 'big', uPosition: 11, count: 4 },
      },
    ])
    // A-02 has 14 − 10 = 4 U free: two 2 U slots. A-04's 16 A feed takes 2,944 W < 3,600 W, 22 % short, which
    // the estimate already shows; A-01's 3.59 kW budget is missed by only 10 W, so it is simulated and found over.
    expect(result.rejected).toEqual({ space: 1, 'abFeed:estimated': 1, 'rackPower:over': 1 })
    expect((100 * (FEED_16A_W - TODAY_W - addedW)) / FEED_16A_W).toBeCloseTo(-22.28, 2)
    expect(result.rejections.find((r) => r.reason === 'rackPower:over')?.detail).toBe(
      'rackPower:A-01 at 3.600 kW against 3.590 kW',
    )
    expect(result.alreadyBroken).toEqual([])
    expect(result.why).toBeUndefined()
  }, 60_000)

  it('splits twelve servers over racks when no single rack takes them', () => {
    const result = placementsFor(hall, { model: 'big', count: 12, top: 1 })
    // No rack alone: 2,000 + 12 × 400 = 6,800 W exceeds every budget but A-02's, which has two slots.
    expect(result.rejected).toMatchObject({ space: 1 })
    const [best] = result.placements
    const counts = Object.fromEntries(
      best.slots.map((s) => [s.rack, s.runs.reduce((n, r) => n + r.count, 0)]),
    )
    // The balanced fill maximises the smallest margin. Per rack, with k servers: A-02 (2 slots) at k = 2
    // min(7,200/10,000, 3,088/5,888) = 52.4 %; A-03 feed (3,888 − 400k)/5,888; A-05 budget (3,000 − 400k)/5,000;
    // A-01 budget (1,590 − 400k)/3,590; A-04 feed (944 − 400k)/2,944. Holding 28 % allows 2 + 5 + 4 + 1 + 0 = 12
    // (A-03 at 32.07 %, A-01 at 33.15 %); anything above 28 % leaves A-05 three, 11 in all.
    expect(counts).toEqual({ 'A-02': 2, 'A-03': 5, 'A-05': 4, 'A-01': 1 })
    expect(best.headroomPct).toBeCloseTo((100 * (5000 - TODAY_W - 4 * BIG_W)) / 5000, 6)
    expect(best.binding.key).toBe('rackPower:A-05')
    expect(best.changes).toHaveLength(4)
  }, 60_000)

  it('says why when the servers cannot fit anywhere, and places nothing', () => {
    // 30 × 400 W: the racks' own lines hold 3 + 2 + 9 + 2 + 7 = 23 by estimate; every set simulated breaks one.
    const tooMany = placementsFor(hall, { model: 'big', count: 30 })
    expect(tooMany.placements).toEqual([])
    expect(tooMany.why).toMatch(
      /^today's margins of the racks' lines hold at most 23 \(estimate\); every set/,
    )
    expect(tooMany.rejected.space).toBe(5)
    // 100 × 2 U: 16 + 2 + 16 + 16 + 16 = 66 free slots.
    const noRoom = placementsFor(hall, { model: 'big', count: 100 })
    expect(noRoom.placements).toEqual([])
    expect(noRoom.why).toMatch(/^the hall has 66 free slots of 2 U .*, 100 asked$/)
    expect(noRoom.verified).toBe(0)
    // An inlet limit below the 18 °C supply: every rack is too hot with or without the servers.
    const cold = placementsFor(hall, { model: 'big', count: 4, inletLimitC: 17.5 })
    expect(cold.placements).toEqual([])
    // are simulated alone and turned down by their inlets; split sets follow.
    expect(cold.rejected.inlet).toBeGreaterThanOrEqual(3)
    expect(cold.rejections.find((r) => r.reason === 'inlet')?.detail).toMatch(
      /^inlet:A-0[135] at 18\.00 °C against 17\.50 °C$/,
    )
    expect(cold.why).toMatch(/every set simulated breaks a line: .*\d+ × inlet/)
  }, 60_000)

  it('turns a rack down for what happens under a single failure, not only all in service', () => {
    // All in, inlets sit at the 18 °C supply, under 27 °C; held to 17.9 °C under a failure, each rack the servers
    // go to breathes 18 °C with any CRAH or PDU out, so hold all in and fail N−1.
    const result = placementsFor(hall, { model: 'big', count: 4, failureInletLimitC: 17.9 })
    // Rejections in the order tried: space first, then single racks best estimate first.
    expect(result.rejections.slice(0, 4).map((r) => [r.racks[0], r.reason])).toEqual([
      ['A-02', 'space'],
      ['A-03', 'n-1 inlet'],
      ['A-05', 'n-1 inlet'],
      ['A-01', 'rackPower:over'],
    ])
    expect(result.rejections[1].detail).toBe('inlet:A-03 at 18.00 °C against 17.90 °C')
    expect(result.placements).toEqual([])
  }, 60_000)

  it('names the option of a bad request', () => {
    expect(() => placementsFor(hall, { model: 'nope', count: 1 })).toThrow(
      new PlacementRequestError('model: no server model "nope" in Tiny hall (it has box, big)'),
    )
    expect(() => placementsFor(hall, { model: 'big', count: 0 })).toThrow(/^count: 0 is not a whole number/)
    expect(() => placementsFor(hall, { model: 'big', count: 1, date: '2025-12-01' })).toThrow(
      "date: 2025-12-01 is before the scenario's start 2026-01-01",
    )
    expect(() => placementsFor(hall, { model: 'big', count: 1, date: 'soon' })).toThrow(
      /^date: "soon" is not/,
    )
  })
})

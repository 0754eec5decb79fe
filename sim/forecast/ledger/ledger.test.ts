import { describe, expect, it } from 'vitest'
import { ledgerOf } from './ledger.ts'
import { chainPatch, ledgerHall, pointOf } from './ledgerHalls.ts'
import { strandedByRack } from './stranded.ts'
import { strandedTotals } from './strandedTotals.ts'
import type { LedgerEntry } from './entry.ts'

const line = (entries: LedgerEntry[], kind: LedgerEntry['kind'], assetId: string) => {
  const found = entries.find((e) => e.kind === kind && e.assetId === assetId)
  if (!found) throw new Error(`no ${kind} line for ${assetId}`)
  return found
}

describe('capacity ledger', () => {
  it('four 120 kW units at N+1 carrying 380 kW: redundancy lost (360 kW with one out), not over (480 kW)', () => {
    // 10 racks × 38 servers × 200 W = 76 kW; × 5 = 380 kW, all of it heat (no fans, lighting or PDU losses).
    const point = pointOf(
      ledgerHall({ racks: 10, serversPerRack: 38, units: 4, unitKw: 120, redundancy: 'N+1' }),
    )
    const cooling = line(ledgerOf(point.settle(5)), 'cooling', 'cooling')
    expect(cooling.used).toBeCloseTo(380_000, 3)
    expect(cooling.limit).toBe(480_000)
    expect(cooling.designLimit).toBe(360_000)
    expect(cooling.state).toBe('redundancyLost')
    expect(cooling.margin).toBeCloseTo(-20_000, 3)
    expect(cooling.marginPct).toBeCloseTo((-100 * 20) / 360, 6)
    // 340 kW (× 85/19) sits inside the design: ok with 20 kW to spare.
    const within = line(ledgerOf(point.settle(340 / 76)), 'cooling', 'cooling')
    expect(within.state).toBe('ok')
    expect(within.margin).toBeCloseTo(20_000, 3)
  })

  it('a rack on 2 × 32 A × 230 V feeds is over-subscribed above 0.8 × 32 × 230 = 5,888 W, over above 11,776 W', () => {
    const hall = (servers: number) =>
      pointOf(
        ledgerHall(
          { racks: 1, serversPerRack: servers, units: 1, unitKw: 100, redundancy: 'N' },
          chainPatch({ capacityKw: 100, moduleCount: 1, redundancy: 'N' }, 32, true),
        ),
      )
    // 29 servers × 200 W = 5,800 W: within one feed; 30 servers = 6,000 W: not.
    const ok = ledgerOf(hall(29).settle(1))
    expect(line(ok, 'abFeed', 'A-01')).toMatchObject({
      used: 5800,
      designLimit: 5888,
      limit: 11_776,
      state: 'ok',
    })
    const over = ledgerOf(hall(30).settle(1))
    expect(line(over, 'abFeed', 'A-01')).toMatchObject({ used: 6000, margin: -112, state: 'redundancyLost' })
    // Each branch circuit carries half, 3,000 W, against its 5,888 W continuous limit.
    expect(line(over, 'branchCircuit', 'pdu-a/A-01')).toMatchObject({ used: 3000, limit: 5888, state: 'ok' })
    // Twice the load, 12,000 W, is more than both circuits together: over.
    expect(line(ledgerOf(hall(30).settle(2)), 'abFeed', 'A-01').state).toBe('over')
  })

  it('a 500 kW UPS at N+1 with 2 modules offers 250 kW at its design: 300 kW is redundancy lost, not over', () => {
    // 10 racks × 38 × 200 W = 76 kW; PDUs lossless, so the UPS carries exactly the IT load.
    const point = pointOf(
      ledgerHall(
        { racks: 10, serversPerRack: 38, units: 4, unitKw: 300, redundancy: 'N+1' },
        chainPatch({ capacityKw: 500, moduleCount: 2, redundancy: 'N+1' }, 400, false),
      ),
    )
    const ups = line(ledgerOf(point.settle(300 / 76)), 'ups', 'ups-1')
    expect(ups).toMatchObject({
      redundancy: 'N+1',
      limit: 500_000,
      designLimit: 250_000,
      state: 'redundancyLost',
    })
    expect(ups.used).toBeCloseTo(300_000, 3)
    expect(ups.marginPct).toBeCloseTo(-20, 6)
    // One module out: 250 kW left and 300 kW on it: over.
    const failed = ledgerOf(point.settle(300 / 76, { type: 'failUpsModule', upsId: 'ups-1' }))
    expect(line(failed, 'ups', 'ups-1')).toMatchObject({ limit: 250_000, state: 'over' })
  })

  it('rack U, budget and inlets: 38 1U servers in 42 U; inlets at the 18 °C supply against 27 and 32 °C', () => {
    const point = pointOf(
      ledgerHall({ racks: 2, serversPerRack: 38, units: 2, unitKw: 100, redundancy: 'N+1' }),
    )
    const entries = ledgerOf(point.settle(1))
    expect(line(entries, 'rackSpace', 'A-02')).toMatchObject({ used: 38, limit: 42, margin: 4, state: 'ok' })
    expect(line(entries, 'rackPower', 'A-01')).toMatchObject({ used: 7600, limit: 500_000 })
    const recommended = line(entries, 'inletRecommended', 'A1')
    expect(recommended.used).toBeCloseTo(18, 6)
    expect(recommended).toMatchObject({ limit: 27, state: 'ok' })
    expect(line(entries, 'inletAllowable', 'A1').limit).toBe(32)
  })

  it('stranded: a rack whose 5,888 W feed binds strands 41.12 % of its 10 kW budget and of its 10 kW cooling share', () => {
    // One rack of 20 servers (4,000 W): budget 10 kW; cooling 2 × 10 kW at N+1 = 10 kW design, all its share;
    // a full rack of the same servers would draw 42 × 200 = 8,400 W.
    const point = pointOf(
      ledgerHall({ racks: 1, serversPerRack: 20, units: 2, unitKw: 10, redundancy: 'N+1' }, (s) => {
        chainPatch({ capacityKw: 100, moduleCount: 1, redundancy: 'N' }, 32, true)(s)
        s.rows[0].racks[0].powerBudgetKw = 10
      }),
    )
    const [rack] = strandedByRack(point.settle(1))
    expect(rack).toMatchObject({ rackId: 'A-01', binding: 'feed', headroomW: 1888 })
    const of = (r: string) => rack.resources.find((c) => c.resource === r)!
    expect(of('rackPower').strandedW).toBeCloseTo(4112, 6)
    expect(of('rackPower').strandedPct).toBeCloseTo(41.12, 6)
    expect(of('coolingShare').strandedPct).toBeCloseTo(41.12, 6)
    expect(of('rackSpace').strandedPct).toBeCloseTo(100 * (1 - 5888 / 8400), 6)
    expect(of('feed').strandedW).toBe(0)
    // One rack, one row: row A and the room hold the same sums.
    const [row, room] = strandedTotals(point.world.scenario, [rack])
    expect(row).toMatchObject({ scope: 'A', headroomW: 1888 })
    expect(row.strandedW.rackPower).toBeCloseTo(4112, 6)
    expect(room).toMatchObject({ scope: 'room', strandedW: row.strandedW })
  })

  it('stranded totals add racks per row and for the room', () => {
    // Two racks of 20 servers (4 kW each), 10 kW budgets, no chain: cooling 2 × 10 kW at N+1 = 10 kW design
    // shared by budget, 5 kW each, binds; each strands 5 kW of budget, 8.4 − 5 = 3.4 kW of space.
    const point = pointOf(
      ledgerHall({ racks: 2, serversPerRack: 20, units: 2, unitKw: 10, redundancy: 'N+1' }, (s) => {
        s.rows[0].racks[0].powerBudgetKw = 10
      }),
    )
    const racks = strandedByRack(point.settle(1))
    expect(racks.map((r) => r.binding)).toEqual(['coolingShare', 'coolingShare'])
    const [row, room] = strandedTotals(point.world.scenario, racks)
    expect(row.scope).toBe('A')
    expect(room.headroomW).toBeCloseTo(2000, 6)
    expect(room.strandedW.rackPower).toBeCloseTo(10_000, 6)
    expect(room.strandedW.rackSpace).toBeCloseTo(6800, 6)
    expect(room.strandedW.coolingShare).toBe(0)
  })

  it('queue wait: a p95 of 120 s against a 300 s target leaves 180 s (60 %); 360 s is over', () => {
    const point = pointOf(
      ledgerHall({ racks: 1, serversPerRack: 10, units: 1, unitKw: 100, redundancy: 'N' }),
    )
    const world = point.settle(1)
    const metrics = (p95WaitS: number) => ({
      submitted: 10,
      placed: 10,
      queuedNow: 0,
      queuedTotal: 4,
      rejected: 0,
      rejectedQueueFull: 0,
      rejectedTooLarge: 0,
      rejectedExpired: 0,
      completed: 6,
      running: 4,
      totalWaitS: 0,
      meanWaitS: 0,
      p95WaitS,
    })
    const wait = (p95: number) =>
      line(ledgerOf(world, { jobMetrics: metrics(p95), queueWaitTargetS: 300 }), 'queueWait', 'scheduler')
    expect(wait(120)).toMatchObject({ used: 120, limit: 300, margin: 180, marginPct: 60, state: 'ok' })
    expect(wait(360).state).toBe('over')
    // No target, or no queue (not a jobs workload): no line.
    expect(ledgerOf(world, { jobMetrics: metrics(120) }).some((e) => e.kind === 'queueWait')).toBe(false)
    expect(ledgerOf(world, { queueWaitTargetS: 300 }).some((e) => e.kind === 'queueWait')).toBe(false)
  })
})

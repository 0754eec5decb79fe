// checkPowerChain and diffConditions as stories: 2N failover, N+1 module losses, 80 % breakers, A/B racks
// over-subscribed, outages.
import { describe, expect, it } from 'vitest'
import { createPowerChain, createPowerFlow, powerChainStep } from './chain.ts'
import { checkPowerChain, type PowerCondition } from './conditions.ts'
import { CONDITION_DEADBAND, createConditionLog, diffConditions, recordConditions } from '../conditionLog.ts'
import { powerChainSchema, type PowerChainInput } from './spec.ts'
import { createPowerState, failAsset, failUpsModule, restoreAsset } from './state.ts'

type Breaker = Pick<PowerChainInput['pdus'][number], 'breakerRatingA' | 'voltageV' | 'phases' | 'powerFactor'>
const wide: Breaker = { breakerRatingA: 60, voltageV: 208, phases: 3, powerFactor: 1 }
const build = (input: PowerChainInput, rackIds: string[]) => {
  const chain = createPowerChain(powerChainSchema.parse(input), rackIds)
  const state = createPowerState(chain)
  const flow = createPowerFlow(chain)
  const check = (rackPowerW: Float64Array, active: PowerCondition[] = []) =>
    checkPowerChain(chain, state, powerChainStep(chain, rackPowerW, state, flow), active)
  return { state, check }
}
const pair = (redundancy: '2N' | '2(N+1)', moduleCount = 1, breaker = wide, singleCorded = false) => ({
  upsSystems: [
    { id: 'ups-a', capacityKw: 50, moduleCount, redundancy, partnerId: 'ups-b' },
    { id: 'ups-b', capacityKw: 50, moduleCount, redundancy, partnerId: 'ups-a' },
  ],
  pdus: [
    { id: 'pdu-a', upsId: 'ups-a', capacityKw: 100, ...breaker },
    { id: 'pdu-b', upsId: 'ups-b', capacityKw: 100, ...breaker },
  ],
  feeds: [
    ...(singleCorded ? [{ racks: 'S-01', pduA: 'pdu-a' }] : []),
    { racks: 'R-*', pduA: 'pdu-a', pduB: 'pdu-b' },
  ],
})
const racks4 = ['R-01', 'R-02', 'R-03', 'R-04']
const brief = (conditions: PowerCondition[]) => conditions.map((c) => `${c.kind} ${c.assetId}`)

describe('checkPowerChain', () => {
  it('raises redundancyLost for every dual-corded rack and the surviving 2N side when side A fails', () => {
    const { state, check } = build(pair('2N'), racks4)
    const rackPowerW = new Float64Array(4).fill(10_000)
    expect(check(rackPowerW)).toEqual([])
    failAsset(state, 'ups-a')
    const conditions = check(rackPowerW)
    expect(brief(conditions)).toEqual([
      'redundancyLost ups-b',
      'redundancyLost R-01',
      'redundancyLost R-02',
      'redundancyLost R-03',
      'redundancyLost R-04',
    ])
    // 40 kW + 1.74 kW PDU loss on B, and nothing left if B fails too.
    expect(conditions[0].loadW).toBeCloseTo(41_740, 9)
    expect(conditions[0].limitW).toBe(0)
    expect(conditions[1]).toEqual({ kind: 'redundancyLost', assetId: 'R-01', loadW: 10_000, limitW: 0 })
  })

  it('flags both 2N sides when together they carry more than one side can alone', () => {
    const { check } = build(pair('2N'), racks4)
    // 24 kW + 1.5864 kW PDU loss per side: 51.1728 kW for the pair > 50 kW per side.
    const conditions = check(new Float64Array(4).fill(12_000))
    expect(brief(conditions)).toEqual(['redundancyLost ups-a', 'redundancyLost ups-b'])
    expect(conditions[0].loadW).toBeCloseTo(51_172.8, 6)
    expect(conditions[0].limitW).toBe(50_000)
  })

  it('keeps the N+1 spare of a 2(N+1) side as its limit once the partner is gone', () => {
    const { state, check } = build(pair('2(N+1)', 5), racks4)
    failAsset(state, 'ups-a')
    const [ups] = check(new Float64Array(4).fill(5_000))
    expect(ups).toMatchObject({ kind: 'redundancyLost', assetId: 'ups-b', limitW: 40_000 })
  })

  it('loses N+1 redundancy at the first failed module and overloads at the second', () => {
    const { state, check } = build(
      {
        upsSystems: [{ id: 'ups-1', capacityKw: 100, moduleCount: 4, redundancy: 'N+1' }],
        pdus: [{ id: 'pdu-1', upsId: 'ups-1', capacityKw: 100, ...wide }],
        feeds: [{ racks: '*', pduA: 'pdu-1' }],
      },
      ['A-01', 'A-02', 'A-03', 'A-04', 'A-05', 'A-06'],
    )
    // 60 kW + 1.5 kW + 0.015 · 0.6² · 100 kW = 62.04 kW against 75 kW post-failure capacity.
    const rackPowerW = new Float64Array(6).fill(10_000)
    expect(check(rackPowerW)).toEqual([])
    failUpsModule(state, 'ups-1')
    expect(check(rackPowerW).map((c) => [c.kind, c.limitW])).toEqual([['redundancyLost', 50_000]])
    failUpsModule(state, 'ups-1')
    expect(check(rackPowerW).map((c) => [c.kind, c.limitW])).toEqual([
      ['overload', 50_000],
      ['redundancyLost', 25_000],
    ])
  })

  it('raises breakerOver80 on a 208 V 3-phase 30 A circuit once one cord carries a 12 kW rack alone', () => {
    const narrow: Breaker = { breakerRatingA: 30, voltageV: 208, phases: 3, powerFactor: 1 }
    const { state, check } = build(pair('2N', 1, narrow), ['R-01'])
    const rackPowerW = new Float64Array([12_000])
    // 6 kW a cord is within the 8,646 W limit, but 12 kW on either cord alone is not: over-subscribed.
    expect(brief(check(rackPowerW))).toEqual(['overSubscribed R-01'])
    failAsset(state, 'pdu-b')
    const [breaker, rack] = check(rackPowerW)
    expect(breaker).toMatchObject({ kind: 'breakerOver80', assetId: 'pdu-a/R-01', loadW: 12_000 })
    expect(breaker.limitW).toBeCloseTo(0.8 * Math.sqrt(3) * 208 * 30, 9)
    expect(rack).toEqual({ kind: 'redundancyLost', assetId: 'R-01', loadW: 12_000, limitW: 0 })
  })

  it('raises overSubscribed above 0.8 × 32 A × 230 V = 5,888 W on two single-phase feeds, both up', () => {
    const feed32: Breaker = { breakerRatingA: 32, voltageV: 230, phases: 1, powerFactor: 1 }
    const { state, check } = build(pair('2N', 1, feed32), ['R-01'])
    expect(check(new Float64Array([5_888]))).toEqual([])
    const [over] = check(new Float64Array([5_889]))
    expect(over).toMatchObject({ kind: 'overSubscribed', assetId: 'R-01', loadW: 5_889 })
    expect(over.limitW).toBeCloseTo(5_888, 9)
    // With B down the rack is no longer over-subscribed but on one cord over its 80 % limit, unprotected.
    failAsset(state, 'pdu-b')
    expect(brief(check(new Float64Array([5_889])))).toEqual([
      'breakerOver80 pdu-a/R-01',
      'redundancyLost R-01',
    ])
  })

  it('holds an A/B rack to the smaller feed: 32 A on A and 16 A on B at 230 V gives 2,944 W', () => {
    const spec = pair('2N', 1, { breakerRatingA: 32, voltageV: 230, phases: 1, powerFactor: 1 })
    spec.pdus[1] = { ...spec.pdus[1], breakerRatingA: 16 }
    const { check } = build(spec, ['R-01'])
    expect(check(new Float64Array([2_944]))).toEqual([])
    const [over] = check(new Float64Array([2_945]))
    expect(over.kind).toBe('overSubscribed')
    expect(over.limitW).toBeCloseTo(0.8 * 16 * 230, 9)
  })

  it('raises an outage for a single-corded rack on a failed PDU, and a PDU overload above its rating', () => {
    const { state, check } = build(pair('2N', 1, wide, true), ['S-01', ...racks4])
    failAsset(state, 'pdu-a')
    const conditions = check(Float64Array.from([7_000, 10_000, 10_000, 10_000, 10_000]))
    expect(brief(conditions)).toEqual([
      'outage S-01',
      'redundancyLost R-01',
      'redundancyLost R-02',
      'redundancyLost R-03',
      'redundancyLost R-04',
    ])
    expect(conditions[0]).toEqual({ kind: 'outage', assetId: 'S-01', loadW: 7_000, limitW: 0 })
    restoreAsset(state, 'pdu-a')
    const over = check(Float64Array.from([110_000, 0, 0, 0, 0]))
    expect(over.find((c) => c.assetId === 'pdu-a')).toEqual({
      kind: 'overload',
      assetId: 'pdu-a',
      loadW: 110_000,
      limitW: 100_000,
    })
  })
})

describe('the deadband on load-against-limit conditions', () => {
  // S-01 single-corded on pdu-a's 60 A breaker (R-01 idle): 0.8 × 60 A × 208 V × √3 = 17.29 kW continuous.
  const limitW = 0.8 * 60 * 208 * Math.sqrt(3)
  const replay = (loadsW: number[]) => {
    const { check } = build(pair('2N', 1, wide, true), ['S-01', 'R-01'])
    const log = createConditionLog<PowerCondition>()
    loadsW.forEach((w, k) => recordConditions(log, k, check(new Float64Array([w, 0]), log.conditions)))
    return log.log.map((e) => [e.atS, e.transition, `${e.kind} ${e.assetId}`])
  }

  it('raises breakerOver80 once for a draw swinging ±0.3 % about the limit', () => {
    const swing = Array.from({ length: 40 }, (_, k) => limitW * (k % 2 === 0 ? 1.003 : 0.997))
    expect(replay(swing)).toEqual([[0, 'raised', 'breakerOver80 pdu-a/S-01']])
  })

  it('clears only below limit × (1 − 2 %), and raises again only past the limit', () => {
    const below = limitW * (1 - CONDITION_DEADBAND)
    expect(replay([limitW * 1.01, below + 10, below - 10, limitW - 10, limitW + 10])).toEqual([
      [0, 'raised', 'breakerOver80 pdu-a/S-01'],
      [2, 'cleared', 'breakerOver80 pdu-a/S-01'],
      [4, 'raised', 'breakerOver80 pdu-a/S-01'],
    ])
  })
})

describe('diffConditions', () => {
  it('raises each condition once when side A fails and clears it once when A returns', () => {
    const { state, check } = build(pair('2N'), ['R-01', 'R-02'])
    const log: [number, string, string][] = []
    let previous: PowerCondition[] = []
    const at = (tS: number, rackW: number) => {
      const current = check(new Float64Array(2).fill(rackW))
      for (const t of diffConditions(previous, current)) log.push([tS, t.transition, brief([t.condition])[0]])
      previous = current
    }
    at(0, 10_000)
    failAsset(state, 'ups-a')
    at(60, 10_000)
    at(120, 9_000)
    restoreAsset(state, 'ups-a')
    at(180, 9_000)
    at(240, 9_000)
    expect(log).toEqual([
      [60, 'raised', 'redundancyLost ups-b'],
      [60, 'raised', 'redundancyLost R-01'],
      [60, 'raised', 'redundancyLost R-02'],
      [180, 'cleared', 'redundancyLost ups-b'],
      [180, 'cleared', 'redundancyLost R-01'],
      [180, 'cleared', 'redundancyLost R-02'],
    ])
  })

  it('tells a change of kind on the same asset apart and ignores a change of load', () => {
    const a = { kind: 'redundancyLost', assetId: 'ups-1', loadW: 1, limitW: 0 } as const
    expect(diffConditions([a], [{ ...a, loadW: 2 }])).toEqual([])
    expect(diffConditions([a], [{ ...a, kind: 'overload' }])).toEqual([
      { transition: 'cleared', condition: a },
      { transition: 'raised', condition: { ...a, kind: 'overload' } },
    ])
  })
})

// powerChainStep by hand: WP113 PDU losses, 2N A/B load transfer, single-cord outage, exact energy balance.
import { describe, expect, it } from 'vitest'
import { createPowerChain, createPowerFlow, powerChainStep } from './chain.ts'
import { powerChainSchema, type PowerChainInput } from './spec.ts'
import { createPowerState, failAsset, failUpsModule } from './state.ts'

// 60 A 3-phase 208 V circuits (17.3 kW continuous) so breakers stay out of these stories.
const breaker = { breakerRatingA: 60, voltageV: 208, phases: 3, powerFactor: 1 } as const
const build = (input: PowerChainInput, rackIds: string[]) => {
  const chain = createPowerChain(powerChainSchema.parse(input), rackIds)
  return { chain, state: createPowerState(chain) }
}
const twoN = (extraFeeds: PowerChainInput['feeds'] = []) =>
  build(
    {
      upsSystems: [
        { id: 'ups-a', capacityKw: 50, redundancy: '2N', partnerId: 'ups-b' },
        { id: 'ups-b', capacityKw: 50, redundancy: '2N', partnerId: 'ups-a' },
      ],
      pdus: [
        { id: 'pdu-a', upsId: 'ups-a', capacityKw: 100, ...breaker },
        { id: 'pdu-b', upsId: 'ups-b', capacityKw: 100, ...breaker },
      ],
      feeds: [...extraFeeds, { racks: 'R-*', pduA: 'pdu-a', pduB: 'pdu-b' }],
    },
    ['R-01', 'R-02', 'R-03', 'R-04', 'S-01'].slice(0, 4 + extraFeeds.length),
  )

describe('powerChainStep', () => {
  it('loses 1.875 kW in a 100 kW WP113 PDU at 50 kW and passes output + loss up to the UPS', () => {
    const { chain, state } = build(
      {
        upsSystems: [{ id: 'ups-1', capacityKw: 200 }],
        pdus: [{ id: 'pdu-1', upsId: 'ups-1', capacityKw: 100, ...breaker }],
        feeds: [{ racks: '*', pduA: 'pdu-1' }],
      },
      ['A-01', 'A-02', 'A-03', 'A-04', 'A-05'],
    )
    const flow = powerChainStep(chain, new Float64Array(5).fill(10_000), state)
    expect(flow.pduOutputW[0]).toBe(50_000)
    expect(flow.pduLossW[0]).toBeCloseTo(1500 + 0.015 * 0.5 ** 2 * 100_000, 9)
    expect(flow.upsOutputW[0]).toBeCloseTo(51_875, 9)
    // WP108 defaults on a 200 kW UPS at 51.875 kW.
    const upsLossW = 0.01333 * 200_000 + 0.0064 * 51_875 + (0.01081 * 51_875 ** 2) / 200_000
    expect(flow.upsLossW[0]).toBeCloseTo(upsLossW, 9)
    expect([flow.totals.itW, flow.totals.unservedW]).toEqual([50_000, 0])
    expect(flow.totals.pduLossW).toBe(flow.pduLossW[0])
    expect(flow.totals.upsLossW).toBe(flow.upsLossW[0])
    expect(flow.totals.utilityW).toBeCloseTo(51_875 + upsLossW, 9)
  })

  it('carries 20 kW per side of a 2N pair with 40 kW of dual-corded racks, 40 kW on B once A fails', () => {
    const { chain, state } = twoN()
    const rackPowerW = new Float64Array(4).fill(10_000)
    const flow = powerChainStep(chain, rackPowerW, state)
    expect([...flow.pduOutputW]).toEqual([20_000, 20_000])
    expect([...flow.rackFeedAW]).toEqual([5000, 5000, 5000, 5000])
    // 1.5 kW + 0.015 · 0.2² · 100 kW = 1.56 kW per PDU.
    expect(flow.upsOutputW[0]).toBeCloseTo(21_560, 9)

    failAsset(state, 'ups-a')
    powerChainStep(chain, rackPowerW, state, flow)
    expect([...flow.pduEnergised]).toEqual([0, 1])
    expect([...flow.pduOutputW]).toEqual([0, 40_000])
    expect([...flow.rackFeedBW]).toEqual([10_000, 10_000, 10_000, 10_000])
    expect([...flow.rackDeliveredW]).toEqual([10_000, 10_000, 10_000, 10_000])
    expect([flow.pduLossW[0], flow.upsOutputW[0], flow.upsLossW[0], flow.upsInputW[0]]).toEqual([0, 0, 0, 0])
    // 1.5 kW + 0.015 · 0.4² · 100 kW = 1.74 kW.
    expect(flow.upsOutputW[1]).toBeCloseTo(41_740, 9)
  })

  it('moves a rack to its B cord when only its A PDU fails', () => {
    const { chain, state } = twoN()
    failAsset(state, 'pdu-a')
    const flow = powerChainStep(chain, new Float64Array(4).fill(10_000), state)
    expect([...flow.pduOutputW]).toEqual([0, 40_000])
    expect(flow.upsOutputW[0]).toBe(0)
    // ups-a stays live and unloaded: it still pays its no-load loss, 1.333 % of 50 kW.
    expect(flow.upsLossW[0]).toBeCloseTo(666.5, 9)
  })

  it('delivers 0 W to a single-corded rack on a failed PDU and counts its demand as unserved', () => {
    const { chain, state } = twoN([{ racks: 'S-01', pduA: 'pdu-a' }])
    failAsset(state, 'pdu-a')
    const flow = powerChainStep(chain, new Float64Array(5).fill(10_000), state)
    expect(flow.rackDeliveredW[4]).toBe(0)
    expect(flow.rackUnservedW[4]).toBe(10_000)
    expect(flow.totals.itW).toBe(40_000)
    expect(flow.totals.unservedW).toBe(10_000)
  })

  it('balances exactly: utility draw = IT delivered + PDU losses + UPS losses, whatever is failed', () => {
    const rackIds = Array.from({ length: 24 }, (_, i) => `R-${String(i + 1).padStart(2, '0')}`)
    const { chain, state } = build(
      {
        upsSystems: [
          { id: 'ups-1', capacityKw: 400, moduleCount: 4, redundancy: 'N+1' },
          { id: 'ups-2', capacityKw: 300, moduleCount: 3, redundancy: 'N+1' },
        ],
        pdus: [
          { id: 'pdu-1a', upsId: 'ups-1', capacityKw: 150, ...breaker },
          { id: 'pdu-1b', upsId: 'ups-2', capacityKw: 150, ...breaker },
          { id: 'pdu-2', upsId: 'ups-2', capacityKw: 100, proportionalLossFraction: 0.01, ...breaker },
        ],
        feeds: [
          { racks: ['R-0*', 'R-10'], pduA: 'pdu-1a', pduB: 'pdu-1b' },
          { racks: '*', pduA: 'pdu-2' },
        ],
      },
      rackIds,
    )
    const rackPowerW = Float64Array.from(rackIds, (_, i) => 2_000 + ((i * 7_919) % 9_000) + 0.37 * i)
    const flow = createPowerFlow(chain)
    const balanced = () => {
      powerChainStep(chain, rackPowerW, state, flow)
      const { itW, unservedW, pduLossW, upsLossW, utilityW } = flow.totals
      expect(Math.abs(utilityW - (itW + pduLossW + upsLossW)) / utilityW).toBeLessThan(1e-9)
      const demandW = rackPowerW.reduce((a, b) => a + b, 0)
      expect(Math.abs(itW + unservedW - demandW) / demandW).toBeLessThan(1e-12)
    }
    balanced()
    failAsset(state, 'pdu-1b')
    balanced()
    failUpsModule(state, 'ups-2')
    failAsset(state, 'ups-2')
    balanced()
    expect(flow.totals.unservedW).toBeGreaterThan(0)
  })

  it('refuses a rack power array of the wrong length and a spec with broken references', () => {
    const { chain, state } = twoN()
    expect(() => powerChainStep(chain, new Float64Array(3), state)).toThrow(
      'rackPowerW has 3 racks, the chain 4',
    )
    const spec = powerChainSchema.parse({
      upsSystems: [{ id: 'u', capacityKw: 10 }],
      pdus: [{ id: 'p', upsId: 'nope', capacityKw: 10, ...breaker }],
      feeds: [{ racks: '*', pduA: 'p' }],
    })
    expect(() => createPowerChain(spec, ['R-01'])).toThrow('pdus.0.upsId: no UPS system has id "nope"')
  })
})

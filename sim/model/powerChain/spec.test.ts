// The power chain spec: documented defaults, schema errors, cross-reference problems and feed resolution.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkPowerChainSpec, feedEntryOfRack } from './resolve.ts'
import { powerChainSchema, type PowerChainInput } from './spec.ts'

const breaker = { breakerRatingA: 30, voltageV: 208, phases: 3, powerFactor: 1 } as const
const valid = (): PowerChainInput => ({
  upsSystems: [
    { id: 'ups-a', capacityKw: 200, moduleCount: 2, redundancy: '2N', partnerId: 'ups-b' },
    { id: 'ups-b', capacityKw: 200, moduleCount: 2, redundancy: '2N', partnerId: 'ups-a' },
  ],
  pdus: [
    { id: 'pdu-a', upsId: 'ups-a', capacityKw: 150, ...breaker },
    { id: 'pdu-b', upsId: 'ups-b', capacityKw: 150, ...breaker },
  ],
  feeds: [
    { racks: 'A-01', pduA: 'pdu-a' },
    { racks: 'A-*', pduA: 'pdu-a', pduB: 'pdu-b' },
  ],
})
const rackIds = ['A-01', 'A-02', 'A-03']
const problemsOf = (input: PowerChainInput, racks = rackIds) => {
  const problems: string[] = []
  checkPowerChainSpec(powerChainSchema.parse(input), racks, (path, message) =>
    problems.push(`${path.join('.')}: ${message}`),
  )
  return problems
}

describe('powerChainSchema', () => {
  it('fills WP108 UPS losses, WP113 PDU losses, N with one module and the NEC 0.8 factor', () => {
    const spec = powerChainSchema.parse(valid())
    expect(spec.pdus[0]).toMatchObject({
      noLoadLossFraction: 0.015,
      proportionalLossFraction: 0,
      squareLossFraction: 0.015,
      continuousLoadFactor: 0.8,
    })
    const plain = powerChainSchema.parse({ ...valid(), upsSystems: [{ id: 'u', capacityKw: 10 }] })
    expect(plain.upsSystems[0]).toMatchObject({
      moduleCount: 1,
      redundancy: 'N',
      noLoadLossFraction: 0.01333,
      proportionalLossFraction: 0.0064,
      squareLossFraction: 0.01081,
    })
  })

  it('rejects 2 phases, an unknown redundancy and a rack pattern with a star inside', () => {
    const result = powerChainSchema.safeParse({
      ...valid(),
      pdus: [{ ...valid().pdus[0], phases: 2 }],
      upsSystems: [{ id: 'u', capacityKw: 10, redundancy: 'N+2' }],
      feeds: [{ racks: 'A*1', pduA: 'pdu-a' }],
    })
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((i) => i.path.join('.'))
    expect(paths).toEqual(
      expect.arrayContaining(['pdus.0.phases', 'upsSystems.0.redundancy', 'feeds.0.racks']),
    )
  })

  it('publishes as JSON Schema for editors', () => {
    const json = z.toJSONSchema(powerChainSchema, { io: 'input' }) as { required: string[] }
    expect(json.required).toEqual(['upsSystems', 'pdus', 'feeds'])
  })
})

describe('checkPowerChainSpec', () => {
  it('accepts a consistent 2N chain', () => {
    expect(problemsOf(valid())).toEqual([])
  })

  it('gives each rack the first feeds entry that matches it', () => {
    expect([...feedEntryOfRack(powerChainSchema.parse(valid()), rackIds)]).toEqual([0, 1, 1])
  })

  it('names every broken cross-reference by its path', () => {
    const input = valid()
    input.upsSystems.push({ id: 'ups-c', capacityKw: 100, redundancy: 'N+1' })
    input.upsSystems[1].partnerId = 'ups-c'
    input.pdus.push({ id: 'ups-a', upsId: 'ups-x', capacityKw: 10, ...breaker })
    input.feeds.push({ racks: ['B-*', 'A-02'], pduA: 'pdu-z', pduB: 'pdu-z' })
    input.feeds[0].racks = 'A-01'
    input.feeds[1].racks = 'A-02'
    expect(problemsOf(input)).toEqual([
      'pdus.2.id: id "ups-a" is used twice (UPS systems and PDUs share ids)',
      'upsSystems.0.partnerId: "ups-b" must name "ups-a" as its partnerId',
      'upsSystems.1.partnerId: partner "ups-c" is N+1, not 2N',
      'upsSystems.2.moduleCount: N+1 needs at least 2 modules',
      'pdus.2.upsId: no UPS system has id "ups-x"',
      'feeds.2.pduA: no PDU has id "pdu-z"',
      'feeds.2.pduB: no PDU has id "pdu-z"',
      'feeds.2.pduB: the A and B cords need different PDUs',
      'feeds.2.racks.0: "B-*" matches no rack',
      'feeds: no feeds entry matches rack "A-03"',
    ])
  })

  it('asks 2N systems for a partner and refuses one elsewhere', () => {
    const input = valid()
    delete input.upsSystems[0].partnerId
    input.upsSystems[1].redundancy = 'N'
    expect(problemsOf(input)).toEqual([
      'upsSystems.0.partnerId: 2N needs a partnerId naming the other side',
      'upsSystems.1.partnerId: partnerId applies only to 2N and 2(N+1), not N',
    ])
  })
})

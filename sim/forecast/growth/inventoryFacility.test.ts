// Facility changes in a growth section: each applied by scenarioAt from its date, and each bad id named by path.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { scenarioAt } from './scenarioAt.ts'

const json = JSON.parse(readFileSync(join(import.meta.dirname, '../../../scenarios/growth.json'), 'utf8'))
/** growth.json with its own deployments replaced by `deployments` (its hall: 3 CRAHs at N+1, 2N UPS, 2 PDUs). */
const withDeployments = (deployments: unknown[]) =>
  parseScenario({ ...json, growth: { ...json.growth, deployments } }, 'hall.json')

const crah4 = {
  id: 'crah-4',
  type: 'crah',
  xM: 15.4,
  yM: 10,
  capacityKw: 120,
  airflowM3s: 9,
  supplySetpointC: 20,
  fanPowerW: 5000,
}

describe('facility changes', () => {
  it('installs a cooling unit, UPS modules, a PDU with racks moved to it, budgets and setpoints from their dates', () => {
    const s = withDeployments([
      { kind: 'coolingUnit', date: '2026-03-01', unit: crah4 },
      { kind: 'upsModules', date: '2026-03-01', ups: 'ups-a', modules: 1 },
      { kind: 'pdu', date: '2026-03-01', pdu: { ...json.powerChain.pdus[0], id: 'pdu-a2' } },
      {
        kind: 'feeds',
        date: '2026-03-01',
        feed: { racks: ['A-01', 'A-02'], pduA: 'pdu-a2', pduB: 'pdu-b1' },
      },
      { kind: 'rackBudget', date: '2026-03-01', racks: ['A-01'], powerBudgetKw: 12 },
      { kind: 'supplySetpoint', date: '2026-03-01', supplySetpointC: 22, units: ['crah-1', 'crah-2'] },
    ])
    const before = scenarioAt(s, '2026-02-28')
    const after = scenarioAt(s, '2026-03-01')
    expect(before.coolingUnits.map((u) => u.id)).toEqual(['crah-1', 'crah-2', 'crah-3'])
    expect(after.coolingUnits.map((u) => [u.id, u.supplySetpointC])).toEqual([
      ['crah-1', 22],
      ['crah-2', 22],
      ['crah-3', 20],
      ['crah-4', 20],
    ])
    // ups-a: 250 kW in one module (growth.json gives no moduleCount); one more module of 250 kW → 500 kW.
    const upsA = (x: typeof s) => x.powerChain!.upsSystems.find((u) => u.id === 'ups-a')!
    expect([upsA(before).capacityKw, upsA(before).moduleCount]).toEqual([250, 1])
    expect([upsA(after).capacityKw, upsA(after).moduleCount]).toEqual([500, 2])
    expect(after.powerChain!.pdus.map((p) => p.id)).toEqual(['pdu-a1', 'pdu-b1', 'pdu-a2'])
    // The moved racks' entry goes first, so it wins for them; the "*" entry still feeds the rest.
    expect(after.powerChain!.feeds.map((f) => f.pduA)).toEqual(['pdu-a2', 'pdu-a1'])
    expect(after.racks.find((r) => r.id === 'A-01')!.powerBudgetKw).toBe(12)
    expect(before.racks.find((r) => r.id === 'A-01')!.powerBudgetKw).toBe(8)
    // The parsed scenario itself is unchanged.
    expect(s.coolingUnits).toHaveLength(3)
    expect(upsA(s).capacityKw).toBe(250)
  })

  it('names every bad id by its path', () => {
    const bad = () =>
      withDeployments([
        { kind: 'coolingUnit', date: '2026-03-01', unit: { ...crah4, id: 'crah-1' } },
        { kind: 'upsModules', date: '2026-03-01', ups: 'ups-x', modules: 1 },
        {
          kind: 'pdu',
          date: '2026-03-01',
          pdu: { ...json.powerChain.pdus[0], id: 'pdu-a2', upsId: 'ups-x' },
        },
        { kind: 'feeds', date: '2026-03-01', feed: { racks: ['Z-01'], pduA: 'pdu-zz' } },
        { kind: 'rackBudget', date: '2026-03-01', racks: ['A-01', 'Q-9'], powerBudgetKw: 12 },
        { kind: 'supplySetpoint', date: '2026-03-01', supplySetpointC: 22, units: ['crah-9'] },
        { kind: 'coolingUnit', date: '2026-03-01', unit: { ...crah4, xM: 40 } },
      ])
    expect(bad).toThrow(
      [
        'hall.json: $.growth.deployments[0].unit.id: a cooling unit "crah-1" is already in the hall on 2026-03-01',
        'hall.json: $.growth.deployments[1].ups: no UPS system "ups-x" is in the power chain on 2026-03-01',
        'hall.json: $.growth.deployments[2]: powerChain.pdus[2].upsId: no UPS system has id "ups-x"',
        'hall.json: $.growth.deployments[3]: powerChain.feeds[0].pduA: no PDU has id "pdu-zz"',
        'hall.json: $.growth.deployments[3]: powerChain.feeds[0].racks[0]: "Z-01" matches no rack',
        'hall.json: $.growth.deployments[4].racks[1]: no rack "Q-9" is in the hall on 2026-03-01',
        'hall.json: $.growth.deployments[5].units[0]: no cooling unit "crah-9" is in the hall on 2026-03-01',
        'hall.json: $.growth.deployments[6].unit: unit "crah-4" at (40, 10) m lies outside the 16 × 12 m room',
      ].join('\n'),
    )
  })

  it('refuses modules for a single-UPS scenario', () => {
    const { powerChain: _, ...rest } = json
    const single = { ...rest, electrical: { upsCapacityKw: 300 } }
    const growth = {
      ...json.growth,
      deployments: [{ kind: 'upsModules', date: '2026-03-01', ups: 'ups', modules: 1 }],
    }
    expect(() => parseScenario({ ...single, growth }, 'one.json')).toThrow(
      'one.json: $.growth.deployments[0]: the scenario has a single UPS (electrical): describe it as a powerChain to add modules, PDUs or feeds',
    )
  })
})

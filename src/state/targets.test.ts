import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../../sim/index.ts'
import { failTargets, powerDownAfter, targetIdOf } from './targets.ts'

const json = readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')
const scenario = parseScenarioText(json, 'default.json')
const layout = sceneLayout(scenario, snapshotLayout(scenario.racks.length, scenario.coolingUnits.length))

describe('failTargets', () => {
  it('lists the default hall: three CRAHs, then the 2N UPS pair, then their PDUs', () => {
    expect(failTargets(layout).map((t) => t.key)).toEqual([
      'unit:crah-1',
      'unit:crah-2',
      'unit:crah-3',
      'ups:ups-a',
      'ups:ups-b',
      'pdu:pdu-a1',
      'pdu:pdu-b1',
    ])
  })

  it('pairs each failure with the restore of the same asset', () => {
    const [crah, , , ups] = failTargets(layout)
    expect(crah.label).toBe('crah-1 · CRAH 80 kW')
    expect(crah.fail).toEqual({ type: 'failCoolingUnit', unitId: 'crah-1' })
    expect(crah.restore).toEqual({ type: 'restoreCoolingUnit', unitId: 'crah-1' })
    expect(ups.label).toBe('ups-a · UPS 2N 250 kW')
    expect(ups.restore).toEqual({ type: 'restorePowerAsset', assetId: 'ups-a' })
  })
})

describe('targetIdOf', () => {
  it('finds the asset of each kind of command, and none for hall-wide ones', () => {
    expect(targetIdOf({ type: 'failCoolingUnit', unitId: 'crah-2' })).toBe('crah-2')
    expect(targetIdOf({ type: 'failPowerAsset', assetId: 'pdu-a1' })).toBe('pdu-a1')
    expect(targetIdOf({ type: 'failUpsModule', upsId: 'ups-b' })).toBe('ups-b')
    expect(targetIdOf({ type: 'setLoadScale', scale: 1 })).toBe('')
  })
})

describe('powerDownAfter', () => {
  it('adds a failed UPS or PDU once, drops it on restore, and ignores cooling commands', () => {
    const fail = { type: 'failPowerAsset', assetId: 'pdu-a1' } as const
    const down = powerDownAfter([], fail)
    expect(down).toEqual(['pdu-a1'])
    expect(powerDownAfter(down, fail)).toBe(down)
    expect(powerDownAfter(down, { type: 'failCoolingUnit', unitId: 'crah-1' })).toBe(down)
    expect(powerDownAfter(down, { type: 'restorePowerAsset', assetId: 'pdu-a1' })).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseScenarioText } from '../../index.ts'
import { failureCommandsOf } from './failureCommands.ts'
import { reliabilityOf, type FailureWindow } from './failures.ts'
import { outagesOf } from './outages.ts'

const window = (assetId: string, failH: number, restoreH: number): FailureWindow => ({
  assetId,
  kind: 'coolingUnit',
  failH,
  restoreH,
})

describe('outage stretches', () => {
  it('splits overlapping windows into stretches of one down set, clipped at the horizon and cut where asked', () => {
    // a down 10–30 h, b 20–50 h, c 90–120 h past a 100 h horizon; a cut at 40 h.
    const stretches = outagesOf([window('a', 10, 30), window('b', 20, 50), window('c', 90, 120)], 100, [40])
    expect(stretches.map((o) => [o.fromH, o.toH, o.down.map((d) => d.id).join('+')])).toEqual([
      [10, 20, 'a'],
      [20, 30, 'a+b'],
      [30, 40, 'b'],
      [40, 50, 'b'],
      [90, 100, 'c'],
    ])
    expect(outagesOf([window('a', 150, 160)], 100)).toEqual([])
  })
})

describe('failed assets as engine commands', () => {
  const scenario = parseScenarioText(readFileSync('scenarios/default.json', 'utf8'), 'default.json')
  const units = scenario.coolingUnits.map((u) => u.id)
  const ups = scenario.powerChain!.upsSystems[0]

  // ups-a is one module (2N with ups-b): its module-1 is the whole system, module-2 does not exist.
  it('maps units, UPS modules and PDUs to their failure commands, and the chiller to every CRAH', () => {
    const pdu = scenario.powerChain!.pdus[0].id
    expect(
      failureCommandsOf(scenario, [
        { id: `${ups.id}/module-1`, kind: 'upsModule' },
        { id: pdu, kind: 'pdu' },
        { id: units[0], kind: 'coolingUnit' },
      ]),
    ).toEqual([
      { type: 'failUpsModule', upsId: ups.id },
      { type: 'failPowerAsset', assetId: pdu },
      { type: 'failCoolingUnit', unitId: units[0] },
    ])
    // The default hall's units are all CRAHs on the one chiller; a unit already down is failed once.
    expect(
      failureCommandsOf(scenario, [
        { id: units[1], kind: 'coolingUnit' },
        { id: 'chiller', kind: 'chiller' },
      ]).map((c) => (c.type === 'failCoolingUnit' ? c.unitId : c.type)),
    ).toEqual([units[1], ...units.filter((u) => u !== units[1])])
  })

  it('with a standby chiller (2 chillers, 1 spare) fails the CRAHs only while both chillers are down', () => {
    const standby = { ...scenario, reliability: { ...reliabilityOf({}), chillers: 2, chillerSpares: 1 } }
    const chiller = (k: number) => ({ id: `chiller-${k}`, kind: 'chiller' as const })
    expect(failureCommandsOf(standby, [chiller(2)])).toEqual([])
    expect(
      failureCommandsOf(standby, [chiller(1), chiller(2)]).map(
        (c) => c.type === 'failCoolingUnit' && c.unitId,
      ),
    ).toEqual(units)
  })

  it('gives nothing for assets this inventory does not hold', () => {
    expect(
      failureCommandsOf(scenario, [
        { id: 'crah-99', kind: 'coolingUnit' },
        { id: `${ups.id}/module-${ups.moduleCount + 1}`, kind: 'upsModule' },
        { id: 'pdu-zz', kind: 'pdu' },
      ]),
    ).toEqual([])
  })
})

// PowerState commands: fail/restore UPS systems, PDUs and UPS modules by id; unknown ids throw.
import { expect, it } from 'vitest'
import { createPowerChain } from './chain.ts'
import { powerChainSchema } from './spec.ts'
import {
  applyPowerCommand,
  createPowerState,
  failAsset,
  failUpsModule,
  restoreAsset,
  restoreUpsModule,
  upsLive,
} from './state.ts'

const chain = createPowerChain(
  powerChainSchema.parse({
    upsSystems: [{ id: 'ups-1', capacityKw: 100, moduleCount: 2, redundancy: 'N+1' }],
    pdus: [
      {
        id: 'pdu-1',
        upsId: 'ups-1',
        capacityKw: 50,
        breakerRatingA: 30,
        voltageV: 230,
        phases: 1,
        powerFactor: 1,
      },
    ],
    feeds: [{ racks: '*', pduA: 'pdu-1' }],
  }),
  ['A-01'],
)

it('starts with everything alive and fails and restores idempotently by id', () => {
  const state = createPowerState(chain)
  expect([state.upsAlive[0], state.pduAlive[0], state.upsModulesAlive[0]]).toEqual([1, 1, 2])
  failAsset(state, 'pdu-1')
  failAsset(state, 'pdu-1')
  expect(state.pduAlive[0]).toBe(0)
  restoreAsset(state, 'pdu-1')
  expect(state.pduAlive[0]).toBe(1)
  failAsset(state, 'ups-1')
  expect(upsLive(state, 0)).toBe(false)
  restoreAsset(state, 'ups-1')
  expect(upsLive(state, 0)).toBe(true)
})

it('counts modules down to 0 (the system goes dark) and back up to its module count', () => {
  const state = createPowerState(chain)
  for (let k = 0; k < 3; k++) failUpsModule(state, 'ups-1')
  expect(state.upsModulesAlive[0]).toBe(0)
  expect(upsLive(state, 0)).toBe(false)
  // Restoring the system does not repair its modules.
  restoreAsset(state, 'ups-1')
  expect(upsLive(state, 0)).toBe(false)
  for (let k = 0; k < 3; k++) restoreUpsModule(state, 'ups-1')
  expect(state.upsModulesAlive[0]).toBe(2)
})

it('throws for unknown ids and for module commands on a PDU', () => {
  const state = createPowerState(chain)
  expect(() => failAsset(state, 'ups-9')).toThrow('no UPS system or PDU has id "ups-9"')
  expect(() => restoreAsset(state, 'A-01')).toThrow('no UPS system or PDU has id "A-01"')
  expect(() => failUpsModule(state, 'pdu-1')).toThrow('no UPS system has id "pdu-1"')
})

it('routes the four power commands', () => {
  const state = createPowerState(chain)
  applyPowerCommand(state, { type: 'failPowerAsset', assetId: 'pdu-1' })
  applyPowerCommand(state, { type: 'failUpsModule', upsId: 'ups-1' })
  expect([state.pduAlive[0], state.upsModulesAlive[0]]).toEqual([0, 1])
  applyPowerCommand(state, { type: 'restorePowerAsset', assetId: 'pdu-1' })
  applyPowerCommand(state, { type: 'restoreUpsModule', upsId: 'ups-1' })
  expect([state.pduAlive[0], state.upsModulesAlive[0]]).toEqual([1, 2])
})

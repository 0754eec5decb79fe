// PowerState: which UPS systems, UPS modules and PDUs are alive, and the commands that fail and restore them.
import type { AssetRef, PowerChain } from './chain.ts'
import type { PowerCommand } from './spec.ts'

/** Alive flags (1/0) per UPS and PDU, live module count per UPS; changed only by the functions below. */
export interface PowerState {
  readonly index: ReadonlyMap<string, AssetRef>
  readonly upsModuleCount: Uint8Array
  readonly upsAlive: Uint8Array
  readonly upsModulesAlive: Uint8Array
  readonly pduAlive: Uint8Array
}

/** Everything alive, every module running. */
export function createPowerState(chain: PowerChain): PowerState {
  return {
    index: chain.index,
    upsModuleCount: chain.upsModuleCount,
    upsAlive: new Uint8Array(chain.upsIds.length).fill(1),
    upsModulesAlive: Uint8Array.from(chain.upsModuleCount),
    pduAlive: new Uint8Array(chain.pduIds.length).fill(1),
  }
}

/** A UPS system carries load while it is alive and has at least one running module. */
export function upsLive(state: PowerState, u: number): boolean {
  return state.upsAlive[u] === 1 && state.upsModulesAlive[u] > 0
}

function lookUp(state: PowerState, assetId: string, kind?: AssetRef['kind']): AssetRef {
  const ref = state.index.get(assetId)
  if (!ref || (kind && ref.kind !== kind))
    throw new Error(`no ${kind === 'ups' ? 'UPS system' : 'UPS system or PDU'} has id "${assetId}"`)
  return ref
}

/**
 * Takes a whole UPS system or PDU out (idempotent); its modules keep their count for the restore.
 * @throws Error for an id that is neither a UPS system nor a PDU
 */
export function failAsset(state: PowerState, assetId: string): void {
  const ref = lookUp(state, assetId)
  if (ref.kind === 'ups') state.upsAlive[ref.index] = 0
  else state.pduAlive[ref.index] = 0
}

/** Brings a UPS system or PDU back (idempotent). @throws Error for an unknown id */
export function restoreAsset(state: PowerState, assetId: string): void {
  const ref = lookUp(state, assetId)
  if (ref.kind === 'ups') state.upsAlive[ref.index] = 1
  else state.pduAlive[ref.index] = 1
}

/** One module of a UPS system fails (none left: no-op). @throws Error for an id that is not a UPS system */
export function failUpsModule(state: PowerState, upsId: string): void {
  const u = lookUp(state, upsId, 'ups').index
  if (state.upsModulesAlive[u] > 0) state.upsModulesAlive[u]--
}

/** One failed module returns (all running: no-op). @throws Error for an id that is not a UPS system */
export function restoreUpsModule(state: PowerState, upsId: string): void {
  const u = lookUp(state, upsId, 'ups').index
  if (state.upsModulesAlive[u] < state.upsModuleCount[u]) state.upsModulesAlive[u]++
}

/** Applies one power command; the caller re-runs powerChainStep and checkPowerChain afterwards. */
export function applyPowerCommand(state: PowerState, cmd: PowerCommand): void {
  switch (cmd.type) {
    case 'failPowerAsset':
      return failAsset(state, cmd.assetId)
    case 'restorePowerAsset':
      return restoreAsset(state, cmd.assetId)
    case 'failUpsModule':
      return failUpsModule(state, cmd.upsId)
    case 'restoreUpsModule':
      return restoreUpsModule(state, cmd.upsId)
  }
}

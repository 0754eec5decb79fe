// applyCommand: the one way anything changes a running world (scenario events and user actions alike).
import type { Command } from './scenario/schema.ts'
import type { World } from './model/world.ts'
import { applyPowerCommand } from './model/powerChain/state.ts'

export type { Command } from './scenario/schema.ts'

function unitIndex(world: World, unitId: string): number {
  const j = world.scenario.coolingUnits.findIndex((u) => u.id === unitId)
  if (j < 0) throw new Error(`no cooling unit has id "${unitId}"`)
  return j
}

/**
 * Applies `cmd` to the world's inputs; the caller re-settles the physics afterwards.
 * @throws Error for unknown ids, and for power commands in a scenario without a powerChain
 */
export function applyCommand(world: World, cmd: Command): void {
  switch (cmd.type) {
    case 'failCoolingUnit': {
      world.unitRunning[unitIndex(world, cmd.unitId)] = 0
      return
    }
    case 'restoreCoolingUnit':
      world.unitRunning[unitIndex(world, cmd.unitId)] = 1
      return
    case 'setSupplySetpoint':
      world.unitSetpointC[unitIndex(world, cmd.unitId)] = cmd.supplySetpointC
      return
    case 'setLoadScale':
      world.loadScale = cmd.scale
      return
    case 'failPowerAsset':
    case 'restorePowerAsset':
    case 'failUpsModule':
    case 'restoreUpsModule':
      if (!world.electrical.state) throw new Error(`"${cmd.type}" needs a powerChain section in the scenario`)
      applyPowerCommand(world.electrical.state, cmd)
      return
  }
}

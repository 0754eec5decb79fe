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
 * Applies `cmd` to the world's inputs; the caller re-settles the physics afterwards. `carry` runs once the
 * command is known to be valid and before it changes anything the interval up to now integrates, so the
 * command acts from its own time, and a refused one leaves the run exactly as it was (a fork, which does not
 * replay it, stays bit-identical) (docs/physics.md#timing-a-command-acts-from-its-own-time).
 * @throws Error for unknown ids, and for power commands in a scenario without a powerChain
 */
export function applyCommand(world: World, cmd: Command, carry: () => void = () => {}): void {
  switch (cmd.type) {
    case 'failCoolingUnit':
    case 'restoreCoolingUnit': {
      const j = unitIndex(world, cmd.unitId)
      carry()
      world.unitRunning[j] = cmd.type === 'failCoolingUnit' ? 0 : 1
      return
    }
    case 'setSupplySetpoint': {
      const j = unitIndex(world, cmd.unitId)
      carry()
      world.unitSetpointC[j] = cmd.supplySetpointC
      return
    }
    case 'setLoadScale':
      carry()
      world.loadScale = cmd.scale
      return
    case 'failPowerAsset':
    case 'restorePowerAsset':
    case 'failUpsModule':
    case 'restoreUpsModule':
      if (!world.electrical.state) throw new Error(`"${cmd.type}" needs a powerChain section in the scenario`)
      // The power chain's state is read only at the next settle (electricalStep), never by the interval up to
      // now, so it is validated and changed first and the carry follows.
      applyPowerCommand(world.electrical.state, cmd)
      carry()
      return
  }
}

// What the tests weigh an energy balance with: the heat the running coils remove right now.
import type { World } from '../model/world.ts'

/** Heat the running coils remove right now, W: the sum of the units' loads. */
export function heatRemovedW(world: World): number {
  let removedW = 0
  for (let j = 0; j < world.unitCount; j++) removedW += world.unitLoadW[j]
  return removedW
}

// Each server's power now, worked out from its model's curve and what the snapshot says of its rack: the engine
// sends only rack values, and a utilisation workload gives every server of a rack the rack's utilisation
// (sim/workload/utilization.ts), so P_model(u_rack)·inletFactor(T_in) is each server's own draw there
// (docs/hall.md#rack-elevation).
import { serverPowerFrom } from '../../../sim/model/serverPower.ts'
import type { ServerPowerModel } from '../../../sim/model/serverPower.ts'
import type { ServerModelSpec } from '../../../sim/scenario/schema.ts'
import type { SceneLayout } from '../../../sim/index.ts'

/** A rack's state in one snapshot: what the per-server figures are computed from. */
export interface RackNow {
  utilization: number
  inletC: number
  /** What the rack draws, W, as the Inspector shows it (0: tripped, unpowered or every server off). */
  powerW: number
}

/** Power functions for a scenario's server models, in serverModels order (one per model, built once). */
export function modelPowers(models: readonly Pick<ServerModelSpec, 'power' | 'inletSensitivity'>[]) {
  return models.map(serverPowerFrom)
}

/**
 * Each server's power, W, in the order of `modelIndexOf`: its model at the rack's utilisation and inlet. A rack
 * drawing nothing has every server at 0 W (the engine counts no power for a tripped or unpowered rack).
 */
export function serverWatts(
  powers: readonly ServerPowerModel[],
  modelIndexOf: readonly number[],
  rack: RackNow,
): Float64Array {
  const watts = new Float64Array(modelIndexOf.length)
  if (!(rack.powerW > 0)) return watts
  for (let s = 0; s < modelIndexOf.length; s++)
    watts[s] = powers[modelIndexOf[s]](rack.utilization, rack.inletC)
  return watts
}

/** The rack at layout index `index` in snapshot `frame`. */
export function rackNow(frame: Float64Array, layout: SceneLayout, index: number): RackNow {
  const s = layout.snapshot
  return {
    utilization: frame[s.rackUtilization + index],
    inletC: frame[s.rackInletC + index],
    powerW: frame[s.rackPowerW + index],
  }
}

/**
 * Whether the servers' figures add up to the rack's power within `toleranceW` plus 0.2 %: they do under a
 * utilisation workload; under jobs or a replayed trace each server has its own load (and some may be off), so
 * the elevation then says its figures are at the rack's mean. The 0.2 % covers the inlet the engine held since
 * its last settle (sim/simulation.ts re-settles when that would move the heat by 0.1 %).
 */
export function addsUp(watts: Float64Array, rackPowerW: number, toleranceW = 0.5): boolean {
  let sumW = 0
  for (const w of watts) sumW += w
  return Math.abs(sumW - rackPowerW) <= toleranceW + 0.002 * Math.abs(rackPowerW)
}

// powerStep and facilityStep: server power per rack (demand) and the facility total.
import type { World } from './world.ts'
import { serverPowerW } from './serverPower.ts'
import type { PowerModel } from './serverPower.ts'

/** What one powerStep read and wrote, kept to restore when nothing it reads has changed. */
interface PowerMemo {
  utilization: Float64Array
  inletC: Float64Array
  tripped: Uint8Array
  active: Uint8Array
  models: PowerModel[]
  powerW: Float64Array
  rackUtilization: Float64Array
  itW: number
}
const memos = new WeakMap<World, PowerMemo>()

/**
 * Rack power (W) from each server's model at its own utilisation and its rack's inlet temperature.
 * A physics tick between workload updates settles again with the same utilisations and, unless the room air
 * moved an inlet, the same inlets: then the last result is restored instead of evaluating every server's
 * curve again (a fifth of a large-hall tick). Restored, not left alone, because electricalStep overwrites
 * rack power with what the chain delivered.
 */
export function powerStep(world: World): void {
  const memo = memos.get(world)
  if (memo && unchanged(world, memo)) {
    world.rackPowerW.set(memo.powerW)
    world.rackUtilization.set(memo.rackUtilization)
    world.totals.itW = memo.itW
    return
  }
  computePower(world)
  const next = memo ?? {
    utilization: new Float64Array(world.serverCount),
    inletC: new Float64Array(world.rackCount),
    tripped: new Uint8Array(world.rackCount),
    active: new Uint8Array(world.serverCount),
    models: world.serverPower.slice(),
    powerW: new Float64Array(world.rackCount),
    rackUtilization: new Float64Array(world.rackCount),
    itW: 0,
  }
  next.utilization.set(world.serverUtilization)
  next.inletC.set(world.rackInletC)
  next.tripped.set(world.rackTripped)
  next.active.set(world.serverActive)
  for (let s = 0; s < world.serverCount; s++) next.models[s] = world.serverPower[s]
  next.powerW.set(world.rackPowerW)
  next.rackUtilization.set(world.rackUtilization)
  next.itW = world.totals.itW
  memos.set(world, next)
}

function unchanged(world: World, memo: PowerMemo): boolean {
  const { serverUtilization, serverActive, serverPower, rackInletC, rackTripped } = world
  for (let i = 0; i < world.rackCount; i++)
    if (rackInletC[i] !== memo.inletC[i] || rackTripped[i] !== memo.tripped[i]) return false
  for (let s = 0; s < world.serverCount; s++)
    if (
      serverUtilization[s] !== memo.utilization[s] ||
      serverActive[s] !== memo.active[s] ||
      serverPower[s] !== memo.models[s]
    )
      return false
  return true
}

function computePower(world: World): void {
  const { rackPowerW, rackUtilization, serverRack, serverPower, serverUtilization } = world
  rackPowerW.fill(0)
  rackUtilization.fill(0)
  for (let s = 0; s < world.serverCount; s++) {
    const i = serverRack[s]
    if (world.rackTripped[i] || !world.serverActive[s]) continue
    // The inlet refreshed at this settle: server fans and leakage respond to the air they breathe (docs/physics.md#server-power).
    rackPowerW[i] += serverPowerW(serverPower[s], serverUtilization[s], world.rackInletC[i])
    rackUtilization[i] += serverUtilization[s]
  }
  // Rack utilisation is the mean of its servers' (racks without servers stay at 0).
  for (let i = 0; i < world.rackCount; i++)
    if (world.rackServerCount[i] > 0) rackUtilization[i] /= world.rackServerCount[i]
  let itW = 0
  for (let i = 0; i < world.rackCount; i++) itW += rackPowerW[i]
  world.totals.itW = itW
}

/**
 * Facility power = IT (measured at the IT equipment input, The Green Grid category 3) + cooling + UPS and
 * PDU losses + lighting. Call after electricalStep and coolingStep.
 */
export function facilityStep(world: World): void {
  const t = world.totals
  t.facilityW = t.itW + t.coolingW + t.upsLossW + t.pduLossW + t.lightingW
}

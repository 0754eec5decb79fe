// powerStep and facilityStep: server power per rack (demand) and the facility total.
import type { World } from './world.ts'
import { serverPowerW } from './serverPower.ts'

/** Rack power (W) from each server's model at its own utilisation and its rack's inlet temperature. */
export function powerStep(world: World): void {
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

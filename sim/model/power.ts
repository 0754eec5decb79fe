// powerStep and energy accounting: server power per rack, UPS losses, facility totals, energy integrals.
import type { World } from './world.ts'
import { upsLossW } from './ups.ts'

/** Rack power from each server's model at its rack's utilisation (W). */
export function powerStep(world: World): void {
  const { rackPowerW, rackUtilization, serverRack, serverPower } = world
  rackPowerW.fill(0)
  for (let s = 0; s < world.serverCount; s++) {
    const i = serverRack[s]
    rackPowerW[i] += serverPower[s](rackUtilization[i])
  }
  let itW = 0
  for (let i = 0; i < world.rackCount; i++) itW += rackPowerW[i]
  world.totals.itW = itW
  if (itW > world.totals.peakItW) world.totals.peakItW = itW
}

/**
 * Facility power = IT (measured at the IT equipment input, The Green Grid category 3) + cooling + UPS losses
 * + lighting. Call after coolingStep.
 */
export function facilityStep(world: World): void {
  const t = world.totals
  t.upsLossW = upsLossW(t.itW, world.scenario.electrical)
  t.facilityW = t.itW + t.coolingW + t.upsLossW + t.lightingW
}

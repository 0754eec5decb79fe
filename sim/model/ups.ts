// UPS losses: the three-term model loss = a·S_rated + b·P + c·P²/S_rated (Schneider WP113 structure, physics.md §5).
import type { Scenario } from '../scenario/types.ts'

/**
 * UPS loss in W at output `loadW`. Defaults are WP108's delta-conversion coefficients
 * (a = 0.01333, b = 0.0064, c = 0.01081): efficiency 94.1 % at 25 % load, 96.3 % at 50 %, 97.0 % at 100 %.
 */
export function upsLossW(loadW: number, electrical: NonNullable<Scenario['electrical']>): number {
  const ratedW = electrical.upsCapacityKw * 1000
  return (
    electrical.upsNoLoadLossFraction * ratedW +
    electrical.upsProportionalLossFraction * loadW +
    (electrical.upsSquareLossFraction * loadW * loadW) / ratedW
  )
}

// Cooling-tower fans: design power per watt rejected, variable speed by the affinity cube at part load.
// Derivation: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import type { TowerSpec } from './auxiliarySpec.ts'

/**
 * Tower fan power, W, to reject `heatW` from a tower sized for `designHeatW`. Airflow is taken proportional to
 * the heat rejected (range and approach held near design), held at least at the minimum speed, and fan power
 * follows the cube of airflow: P = fanWPerW·Q_design·max(s_min, Q/Q_design)³. No heat: the fans stop.
 */
export function towerFanW(spec: TowerSpec, heatW: number, designHeatW: number): number {
  if (!(heatW > 0) || !(designHeatW > 0)) return 0
  const speed = Math.max(spec.minSpeedFraction, heatW / designHeatW)
  return spec.fanWPerW * designHeatW * speed * speed * speed
}

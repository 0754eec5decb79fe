// Figures the panels derive from a snapshot's header: PUE at both measurement points and the pPUEs since the
// start, and the parts cooling power splits into.
import { pueBreakdownOf } from './kpis.ts'
import { HEADER } from './snapshot.ts'

/**
 * PUE since the start at both measurement points and the partial PUEs, from a snapshot's energies: the same
 * figures as the run report's plant.pue and plant.partialPue at that time
 * (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
 */
export const pueBreakdownOfFrame = (frame: Float64Array) =>
  pueBreakdownOf({
    itJ: frame[HEADER.itEnergyJ],
    facilityJ: frame[HEADER.facilityEnergyJ],
    coolingJ: frame[HEADER.coolingEnergyJ],
    upsLossJ: frame[HEADER.upsLossEnergyJ],
    pduLossJ: frame[HEADER.pduLossEnergyJ],
  })

/** The header slots cooling power splits into: they sum to coolingW. */
export const COOLING_PARTS = [
  'unitFanW',
  'chillersAndCompressorsW',
  'chilledWaterPumpW',
  'condenserWaterPumpW',
  'towerFanW',
  'upsRoomCoolingW',
] as const satisfies readonly (keyof typeof HEADER)[]

// Key figures over a run: energy-based PUE (The Green Grid), IT and facility energy, peaks.
import type { World } from '../model/world.ts'

const J_PER_KWH = 3.6e6

export interface Kpis {
  itEnergyKwh: number
  facilityEnergyKwh: number
  coolingEnergyKwh: number
  /** Facility energy / IT energy over the run (The Green Grid WP#49; IT measured at the equipment input). */
  pue: number
  peakItKw: number
  /** Hottest rack inlet seen at any physics step, °C. */
  maxInletC: number
}

/** Reduces the world's integrals; PUE is NaN until some IT energy has been used. */
export function kpisOf(world: Readonly<World>): Kpis {
  const t = world.totals
  return {
    itEnergyKwh: t.itEnergyJ / J_PER_KWH,
    facilityEnergyKwh: t.facilityEnergyJ / J_PER_KWH,
    coolingEnergyKwh: t.coolingEnergyJ / J_PER_KWH,
    pue: t.itEnergyJ > 0 ? t.facilityEnergyJ / t.itEnergyJ : NaN,
    peakItKw: t.peakItW / 1000,
    maxInletC: t.maxInletEverC,
  }
}

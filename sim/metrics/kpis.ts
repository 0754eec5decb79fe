// Key figures over a run: energy-based PUE at two measurement points and partial PUEs (The Green Grid), peaks.
// Definitions: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import type { World } from '../model/world.ts'

export const J_PER_KWH = 3.6e6

/**
 * PUE = facility / IT (The Green Grid) from any matching pair: energies over a window, or powers now. NaN while
 * no IT power or energy has been used, where the ratio means nothing, and when so little has (servers that
 * tripped within a femtosecond) that the ratio overflows.
 */
export const pueOf = (facility: number, it: number): number => {
  const pue = it > 0 ? facility / it : NaN
  return Number.isFinite(pue) ? pue : NaN
}

export interface Kpis {
  itEnergyKwh: number
  facilityEnergyKwh: number
  coolingEnergyKwh: number
  /** Facility energy / IT energy over the run (The Green Grid WP#49; IT measured at the equipment input). */
  pue: number
  /** Facility / IT with IT measured at the UPS output (IT + PDU losses), The Green Grid's category 1 point. */
  pueUpsOutput: number
  /** pPUE of cooling, (IT + cooling energy) / IT: every CRAH fan, chiller, compressor, pump, tower, UPS room. */
  partialPueCooling: number
  /** pPUE of the electrical chain, (IT + UPS + PDU losses) / IT. */
  partialPueElectrical: number
  peakItKw: number
  /** Hottest rack inlet seen at any physics step, °C. */
  maxInletC: number
}

/** Energy used up to `nowS`: the integrals so far plus the current powers over the open interval, J. */
export function energyToJ(world: Readonly<World>, nowS: number) {
  const t = world.totals
  const openS = nowS - t.integratedToS
  return {
    itJ: t.itEnergyJ + t.itW * openS,
    facilityJ: t.facilityEnergyJ + t.facilityW * openS,
    coolingJ: t.coolingEnergyJ + t.coolingW * openS,
    upsLossJ: t.upsLossEnergyJ + t.upsLossW * openS,
    pduLossJ: t.pduLossEnergyJ + t.pduLossW * openS,
  }
}

/**
 * PUE with IT at the equipment input (category 3) and at the UPS output (category 1: the PDU losses count as
 * IT there), and The Green Grid's partial PUEs of cooling and of the electrical chain, from energies in J.
 * Each is NaN while no IT energy has been used.
 */
export function pueBreakdownOf(energy: ReturnType<typeof energyToJ>) {
  const { itJ, facilityJ, coolingJ, upsLossJ, pduLossJ } = energy
  return {
    pue: pueOf(facilityJ, itJ),
    pueUpsOutput: itJ > 0 ? pueOf(facilityJ, itJ + pduLossJ) : NaN,
    partialPueCooling: pueOf(itJ + coolingJ, itJ),
    partialPueElectrical: pueOf(itJ + upsLossJ + pduLossJ, itJ),
  }
}

/** Reduces the world's integrals up to `nowS`; PUE is NaN until some IT energy has been used. */
export function kpisOf(world: Readonly<World>, nowS: number): Kpis {
  const t = world.totals
  const energy = energyToJ(world, nowS)
  return {
    itEnergyKwh: energy.itJ / J_PER_KWH,
    facilityEnergyKwh: energy.facilityJ / J_PER_KWH,
    coolingEnergyKwh: energy.coolingJ / J_PER_KWH,
    ...pueBreakdownOf(energy),
    peakItKw: t.peakItW / 1000,
    maxInletC: t.maxInletEverC,
  }
}

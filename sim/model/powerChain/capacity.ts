// Capacity arithmetic of the power chain: three-term losses, breaker continuous limits, usable UPS modules.
import type { PduSpec, Redundancy } from './spec.ts'

/** Dense codes for Redundancy, stored per UPS in a Uint8Array. */
export const REDUNDANCY_CODES: readonly Redundancy[] = ['N', 'N+1', '2N', '2(N+1)']

/** True for 2N and 2(N+1): a partner system is meant to carry the whole load alone. */
export const isPaired = (code: number): boolean => code >= 2

/** Spare modules inside one system: 1 for N+1 and 2(N+1), else 0. */
export const spareModules = (code: number): number => (code === 1 || code === 3 ? 1 : 0)

/**
 * Loss of a UPS or PDU at output `loadW`, W: a·S_rated + b·P + c·P²/S_rated, the three-term model of
 * Schneider WP113 (docs/physics.md#electrical-chain-ups-pdu-and-feeds). Fractions are shares of the rating `ratedW`.
 */
export function threeTermLossW(
  loadW: number,
  ratedW: number,
  noLoadFraction: number,
  proportionalFraction: number,
  squareFraction: number,
): number {
  return noLoadFraction * ratedW + proportionalFraction * loadW + (squareFraction * loadW * loadW) / ratedW
}

/**
 * Continuous real-power limit of one branch circuit, W: k·V·I·PF for 1 phase, k·√3·V_LL·I·PF for
 * 3 phases, with k the continuous-load factor (0.8 under NEC 210.19(A)/210.20(A); docs/physics.md#electrical-chain-ups-pdu-and-feeds).
 */
export function breakerContinuousLimitW(
  pdu: Pick<PduSpec, 'breakerRatingA' | 'voltageV' | 'phases' | 'powerFactor' | 'continuousLoadFactor'>,
): number {
  const phaseFactor = pdu.phases === 3 ? Math.sqrt(3) : 1
  return pdu.continuousLoadFactor * phaseFactor * pdu.voltageV * pdu.breakerRatingA * pdu.powerFactor
}

/**
 * Capacity a UPS system still offers after the next single failure its design tolerates, W: live modules
 * less the spare (N+1, 2(N+1)). For 2N-family systems this is what one side must carry alone when its
 * partner fails (the "post-failure" capacity of docs/physics.md#electrical-chain-ups-pdu-and-feeds).
 */
export function postFailureCapacityW(code: number, liveModules: number, moduleW: number): number {
  return Math.max(0, liveModules - spareModules(code)) * moduleW
}

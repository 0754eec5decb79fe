// The power chain section of a scenario: utility → UPS systems → PDUs → rack feeds, as a zod schema.
import { z } from 'zod'
import { between, id, integer, lossFraction } from '../../scenario/primitives.ts'

const rackPattern = z
  .string()
  .regex(/^(\*|[A-Za-z0-9][A-Za-z0-9_.-]*\*?)$/, 'a rack id, a prefix followed by "*", or "*" for every rack')

/** How a UPS system's modules (and, for 2N, its partner side) cover its load. */
export const redundancySchema = z.enum(['N', 'N+1', '2N', '2(N+1)'])

/** Schneider WP108's delta-conversion UPS loss terms, shares of the rating: the default of every UPS. */
export const WP108_UPS_LOSS = {
  noLoadFraction: 0.01333,
  proportionalFraction: 0.0064,
  squareFraction: 0.01081,
}

/**
 * One UPS system (one side of a 2N pair). Losses follow loss = a·S_rated + b·P + c·P²/S_rated with the
 * defaults of Schneider WP108 delta conversion: 94.1 % at 25 % load, 96.3 % at 50 %, 97.0 % at 100 %
 * (docs/physics.md#electrical-chain-ups-pdu-and-feeds).
 */
export const upsSystemSchema = z.strictObject({
  id,
  capacityKw: between(1, 100_000).describe(
    'rated output of the whole system, all modules together, kW; to 100 MW',
  ),
  moduleCount: integer(1, 64).default(1).describe('identical modules sharing capacityKw'),
  redundancy: redundancySchema
    .default('N')
    .describe('N: all modules; N+1: one spare module; 2N / 2(N+1): a partner system carries everything'),
  partnerId: id.optional().describe('the other side of a 2N or 2(N+1) pair; the partner names this one back'),
  noLoadLossFraction: lossFraction
    .default(WP108_UPS_LOSS.noLoadFraction)
    .describe('a: loss at zero load, share of rating (WP108)'),
  proportionalLossFraction: lossFraction
    .default(WP108_UPS_LOSS.proportionalFraction)
    .describe('b: loss per unit of output (WP108)'),
  squareLossFraction: lossFraction
    .default(WP108_UPS_LOSS.squareFraction)
    .describe('c: square-law loss at full load, share of rating'),
})

/**
 * One power distribution unit (transformer + panel) fed by one UPS system, with a branch circuit breaker
 * per rack feed. Loss defaults are Schneider WP113's PDU row: 1.5 % no-load + 1.5 % square-law
 * (docs/physics.md#electrical-chain-ups-pdu-and-feeds).
 */
export const pduSchema = z.strictObject({
  id,
  upsId: id.describe('the UPS system feeding this PDU'),
  capacityKw: between(1, 10_000).describe('rated output, kW; 1 kW to 10 MW'),
  noLoadLossFraction: lossFraction.default(0.015).describe('loss at zero load, share of rating (WP113)'),
  proportionalLossFraction: lossFraction.default(0).describe('loss per unit of output (WP113: none)'),
  squareLossFraction: lossFraction
    .default(0.015)
    .describe('square-law loss at full load, share of rating (WP113)'),
  breakerRatingA: between(1, 1000).describe(
    'rating of each rack branch circuit breaker, A; 1–1000 A (branch breakers are 16–63 A, busway taps 400 A)',
  ),
  voltageV: between(100, 1000).describe(
    'branch circuit voltage, V (line-to-line for 3 phases); 100–1000 V, the low-voltage range',
  ),
  phases: z.union([z.literal(1), z.literal(3)]).describe('1: P = V·I·PF; 3: P = √3·V_LL·I·PF'),
  powerFactor: between(0.5, 1).describe(
    'real over apparent power of the rack load; 0.5–1 (server supplies with PFC run at 0.9–1)',
  ),
  continuousLoadFactor: between(0.5, 1)
    .default(0.8)
    .describe(
      'share of a breaker rating a continuous load may use: 0.8 by the NEC 80 % rule (docs/physics.md#electrical-chain-ups-pdu-and-feeds)',
    ),
})

/**
 * Which PDUs feed a set of racks: `racks` is a rack id, a prefix ending in "*" ("A-*"), "*", or a list of
 * those. Each rack takes the first entry that matches it. pduB present = dual-corded (A/B).
 */
export const rackFeedSchema = z.strictObject({
  racks: z.union([rackPattern, z.array(rackPattern).min(1).max(1000, 'at most 1000 patterns')]),
  pduA: id.describe('PDU of the A cord'),
  pduB: id.optional().describe('PDU of the B cord; absent for a single-corded rack'),
})

/** The power chain section: utility → upsSystems → pdus → feeds (racks). */
export const powerChainSchema = z.strictObject({
  upsSystems: z.array(upsSystemSchema).min(1).max(1000, 'at most 1000 UPS systems'),
  pdus: z.array(pduSchema).min(1).max(1000, 'at most 1000 PDUs'),
  feeds: z.array(rackFeedSchema).min(1).max(1000, 'at most 1000 feeds'),
})

/** Power chain commands, ready to join the scenario's Command union (lead's call). */
export const powerCommandSchemas = [
  z.strictObject({ type: z.literal('failPowerAsset'), assetId: id.describe('a UPS system or PDU id') }),
  z.strictObject({ type: z.literal('restorePowerAsset'), assetId: id }),
  z.strictObject({ type: z.literal('failUpsModule'), upsId: id }),
  z.strictObject({ type: z.literal('restoreUpsModule'), upsId: id }),
] as const

export type Redundancy = z.output<typeof redundancySchema>
export type UpsSystemSpec = z.output<typeof upsSystemSchema>
export type PduSpec = z.output<typeof pduSchema>
export type RackFeedSpec = z.output<typeof rackFeedSchema>
export type PowerChainSpec = z.output<typeof powerChainSchema>
export type PowerChainInput = z.input<typeof powerChainSchema>
export type PowerCommand = z.output<(typeof powerCommandSchemas)[number]>

// The plant's auxiliaries in a scenario: water pumps, cooling-tower fans and the UPS room's cooling, with sources.
// Derivations and sources: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import { z } from 'zod'
import { between } from '../../scenario/primitives.ts'

/** Wire-to-water efficiency, pump × motor × drive: 0.2 (a small close-coupled pump) to 0.95. */
const efficiency = between(0.2, 0.95)

/**
 * A pump at its design point. Defaults (`head`, `efficiency`) are chosen so ρ·g·H/η reproduces ASHRAE 90.1
 * Appendix G's baseline pumping power: 22 W/gpm chilled water, 19 W/gpm condenser water (1 gpm = 6.309e-5 m³/s).
 */
const pumpSchema = (headKpa: number) =>
  z.strictObject({
    headKpa: between(10, 2000)
      .default(headKpa)
      .describe('design pressure rise Δp = ρ·g·H, kPa (10 kPa ≈ 1 m of water)'),
    efficiency: efficiency.default(0.7).describe('wire-to-water efficiency at design, pump × motor × drive'),
    control: z
      .enum(['variable', 'constant'])
      .default('variable')
      .describe('variable speed (flow follows load, power by the affinity cube) or constant flow'),
    minFlowFraction: between(0.1, 1)
      .default(0.3)
      .describe('lowest flow of a variable-speed pump, share of design (evaporator minimum, assumption)'),
  })

export const chilledWaterPumpSchema = pumpSchema(240)
export const condenserWaterPumpSchema = pumpSchema(210)

/**
 * Cooling-tower fans: design fan power per watt of heat rejected. 0.0133 W/W is ASHRAE 90.1-2010 Table 6.8.1G's
 * minimum for axial-fan open towers, 38.2 gpm/hp at 95/85/75 °F: 745.7 W / (38.2 gpm · 500·10 Btu/h per gpm).
 */
export const towerSchema = z.strictObject({
  fanWPerW: between(0, 0.1)
    .default(0.0133)
    .describe('design tower fan power per W of heat rejected (ASHRAE 90.1 38.2 gpm/hp ≈ 0.0133)'),
  minSpeedFraction: between(0.05, 1).default(0.3).describe('lowest tower fan speed, share of design'),
  rangeK: between(1, 20)
    .default(5.6)
    .describe(
      'condenser-water temperature rise at design, K (10 °F, 95 → 85 °F as ASHRAE 90.1 rates towers)',
    ),
})

/**
 * Who cools the UPS room: a DX split unit at a fixed COP (heat removed per W drawn), or the hall's chilled-water
 * plant (its load joins the CRAHs', at the chiller's COP, through the same pumps and tower).
 */
export const upsRoomCoolingSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('dx'),
    cop: between(1, 10)
      .default(3)
      .describe('heat removed per W drawn, compressor + fans (assumption: enter the unit’s rated net COP)'),
  }),
  z.strictObject({ kind: z.literal('chilledWater') }),
])

export type PumpSpec = z.output<typeof chilledWaterPumpSchema>
export type TowerSpec = z.output<typeof towerSchema>
export type UpsRoomCoolingSpec = z.output<typeof upsRoomCoolingSchema>

// The cooling plant section of a scenario: chilled-water plant, economiser, outdoor weather, fan control.
import { z } from 'zod'
import { between } from '../../scenario/primitives.ts'
import {
  chilledWaterPumpSchema,
  condenserWaterPumpSchema,
  towerSchema,
  upsRoomCoolingSchema,
} from './auxiliarySpec.ts'

/** Outdoor air, °C: the coldest (−60 °C) and hottest (+60 °C) air any site records, with a little margin. */
const outdoorC = between(-60, 60)
/** Chilled water, °C: 1 °C (just above freezing) to 30 °C (a warm-water loop). */
const waterC = between(1, 30)

export const outdoorSpecSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('constant'),
      dryBulbC: outdoorC,
      wetBulbC: outdoorC.optional().describe('at most dryBulbC; default: from the dry bulb'),
    })
    .refine((o) => o.wetBulbC === undefined || o.wetBulbC <= o.dryBulbC, {
      path: ['wetBulbC'],
      message: 'must not exceed dryBulbC (the wet bulb is never warmer than the dry bulb)',
    }),
  z.strictObject({
    kind: z.literal('synthetic'),
    meanC: between(-40, 40).describe('annual mean dry bulb, °C; −40 to 40 °C, the extremes on Earth'),
    dailySwingC: z.number().min(0).max(40).describe('daily peak-to-trough range, K'),
    annualSwingC: z.number().min(0).max(60).describe('coldest to hottest daily mean, K'),
    wetBulbDepressionK: z.number().min(0).max(30).default(5).describe('dry bulb − wet bulb, K (assumption)'),
  }),
])

export const plantSchema = z
  .strictObject({
    chilledWaterC: waterC
      .default(6.67)
      .describe('leaving chilled-water setpoint of the CRAH plant, °C (DOE-2 reference 6.67 °C)'),
    chilledWaterReturnC: waterC.default(12).describe('chilled-water return, °C, for the partial economiser'),
    chillerCapacityKw: between(1, 100_000)
      .optional()
      .describe('reference chiller capacity; default: sum of CRAH capacities'),
    condenser: z.enum(['water', 'air']).default('water').describe('cooling tower (wet bulb) or air-cooled'),
    // docs/physics.md#air-side-economiser: true/false stay valid for the water-side economiser or none.
    economiser: z
      .union([z.boolean(), z.enum(['none', 'waterSide', 'airSide'])])
      .default(true)
      .describe(
        'waterSide (or true): plate exchanger ahead of the chiller; airSide: outdoor air into the CRAH ' +
          'supply; none (or false)',
      ),
    outdoor: outdoorSpecSchema.default({ kind: 'constant', dryBulbC: 20, wetBulbC: 15 }),
    fanControl: z
      .enum(['constant', 'matchRackAirflow'])
      .default('constant')
      .describe('CRAH fans at rated speed, or slowed to supply 110 % of rack airflow (affinity law)'),
    fanMinSpeedFraction: between(0.05, 1).default(0.3).describe('lowest fan speed, share of rated'),
    chilledWaterPump: chilledWaterPumpSchema.prefault({}).describe('chilled-water pumps (all in one)'),
    condenserWaterPump: condenserWaterPumpSchema
      .prefault({})
      .describe('condenser-water pumps; none with an air-cooled condenser'),
    tower: towerSchema.prefault({}).describe('cooling-tower fans; none with an air-cooled condenser'),
    upsRoomCooling: upsRoomCoolingSchema
      .prefault({ kind: 'dx' })
      .describe('what removes the UPS losses from their room: a DX unit or the chilled-water plant'),
  })
  .refine((p) => p.chilledWaterReturnC > p.chilledWaterC, {
    path: ['chilledWaterReturnC'],
    message: 'must be above chilledWaterC (the water warms as it takes up heat)',
  })

export type PlantSpec = z.output<typeof plantSchema>

/** The economiser a plant has, with the boolean shorthand of older scenarios resolved. */
export function economiserKind(spec: Pick<PlantSpec, 'economiser'>): 'none' | 'waterSide' | 'airSide' {
  if (spec.economiser === true) return 'waterSide'
  return spec.economiser === false ? 'none' : spec.economiser
}
export type OutdoorSpec = z.output<typeof outdoorSpecSchema>

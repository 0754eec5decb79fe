// The cooling plant section of a scenario: chilled-water plant, economiser, outdoor weather, fan control.
import { z } from 'zod'

const celsius = z.number().gt(-60, 'must be above -60 °C').lt(70, 'must be below 70 °C')
const positive = z.number().positive('must be greater than 0')

export const outdoorSpecSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('constant'),
    dryBulbC: celsius,
    wetBulbC: celsius.optional(),
  }),
  z.strictObject({
    kind: z.literal('synthetic'),
    meanC: celsius.describe('annual mean dry bulb, °C'),
    dailySwingC: z.number().min(0).max(40).describe('daily peak-to-trough range, K'),
    annualSwingC: z.number().min(0).max(60).describe('coldest to hottest daily mean, K'),
    wetBulbDepressionK: z.number().min(0).max(30).default(5).describe('dry bulb − wet bulb, K (assumption)'),
  }),
])

export const plantSchema = z.strictObject({
  chilledWaterC: celsius
    .default(6.67)
    .describe('leaving chilled-water setpoint of the CRAH plant, °C (DOE-2 reference 6.67 °C)'),
  chilledWaterReturnC: celsius.default(12).describe('chilled-water return, °C, for the partial economiser'),
  chillerCapacityKw: positive
    .optional()
    .describe('reference chiller capacity; default: sum of CRAH capacities'),
  condenser: z.enum(['water', 'air']).default('water').describe('cooling tower (wet bulb) or air-cooled'),
  economiser: z
    .boolean()
    .default(true)
    .describe('water-side economiser (plate exchanger) ahead of the chiller'),
  outdoor: outdoorSpecSchema.default({ kind: 'constant', dryBulbC: 20, wetBulbC: 15 }),
  fanControl: z
    .enum(['constant', 'matchRackAirflow'])
    .default('constant')
    .describe('CRAH fans at rated speed, or slowed to supply 110 % of rack airflow (affinity law)'),
  fanMinSpeedFraction: z.number().min(0.05).max(1).default(0.3).describe('lowest fan speed, share of rated'),
})

export type PlantSpec = z.output<typeof plantSchema>
export type OutdoorSpec = z.output<typeof outdoorSpecSchema>

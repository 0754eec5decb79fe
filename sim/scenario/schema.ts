// The scenario format v1: the zod schema is THE reference; types are inferred from it, units are in the names.
import { z } from 'zod'
import { powerChainSchema, WP108_UPS_LOSS } from '../model/powerChain/spec.ts'
import { plantSchema } from '../model/plant/plantSpec.ts'
import { between, integer, lossFraction, offsetS, spanS } from './primitives.ts'
import { powerModelSchema, serverModelSchema } from './serverSchema.ts'
import { shadowSchema } from './shadowSchema.ts'
import { growthSchema } from './growthSchema.ts'
import { reliabilitySchema } from './reliabilitySchema.ts'
import {
  aisleSchema,
  coolingRedundancySchema,
  coolingUnitSchema,
  facingSchema,
  rowSchema,
} from './hallSchema.ts'
import { roomSchema } from './roomSchema.ts'
import { workloadSchema } from './workloadSchema.ts'
import { commandSchema } from './commandSchema.ts'
import { checkScenarioRules } from './rules.ts'

export { commandSchema } from './commandSchema.ts'

const electricalSchema = z.strictObject({
  upsCapacityKw: between(1, 100_000).describe('rated UPS output, kW; 1 kW to 100 MW'),
  upsNoLoadLossFraction: lossFraction
    .default(WP108_UPS_LOSS.noLoadFraction)
    .describe('Schneider WP108 delta-conversion no-load term'),
  upsProportionalLossFraction: lossFraction
    .default(WP108_UPS_LOSS.proportionalFraction)
    .describe('WP108 proportional term'),
  upsSquareLossFraction: lossFraction
    .default(WP108_UPS_LOSS.squareFraction)
    .describe('WP108 square-law term'),
})

const durationSchema = z.union([
  spanS,
  z.string().regex(/^\d+(\.\d+)?(s|m|h|d|w)$/, 'a duration like "90s", "30m", "6h", "7d" or "2w"'),
])

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    name: z.string().min(1),
    description: z.string().default(''),
    seed: integer(0, 0xffffffff),
    startDate: z.iso.datetime({ offset: true }).describe('simulated wall-clock time at t = 0, ISO 8601'),
    horizon: durationSchema
      .default('1d')
      .describe('how long the simulation runs: seconds or "7d"; at most 3650 days'),
    stepS: between(0.1, 3600)
      .default(60)
      .describe('physics tick, s; 0.1 s (finer than any sensor) to 3600 s (hourly, the coarsest export)'),
    room: roomSchema,
    aisles: z.array(aisleSchema).max(1000, 'at most 1000 aisles').default([]),
    // A new hall starts with no rows, units or models (docs/hall.md#new-hall-and-row-template): empty lists are valid.
    serverModels: z.array(serverModelSchema).max(1000, 'at most 1000 server models'),
    rows: z.array(rowSchema).max(1000, 'at most 1000 rows'),
    // Every rack weighs every unit at each step (a racks × units matrix): the large hall has 18.
    coolingUnits: z.array(coolingUnitSchema).max(500, 'at most 500 cooling units'),
    coolingRedundancy: coolingRedundancySchema.default('N'),
    electrical: electricalSchema.optional().describe('a single UPS; give this or powerChain'),
    powerChain: powerChainSchema
      .optional()
      .describe('UPS systems, PDUs and rack feeds; give this or electrical'),
    plant: plantSchema.prefault({}).describe('chilled-water plant, economiser, weather and CRAH fan control'),
    workload: workloadSchema,
    events: z
      .array(z.strictObject({ atS: offsetS, command: commandSchema }))
      .max(100_000, 'at most 100,000 events (one every 15 minutes for almost three years)')
      .default([]),
    shadow: shadowSchema.prefault({}).describe('shadow mode: when a measured value counts as off the twin'),
    growth: growthSchema.optional(),
    reliability: reliabilitySchema.optional(),
  })
  .superRefine(checkScenarioRules)

export type ScenarioInput = z.input<typeof scenarioSchema>
export type ScenarioSpec = z.output<typeof scenarioSchema>
export type Command = z.output<typeof commandSchema>
export type PowerModelSpec = z.output<typeof powerModelSchema>
export type ServerModelSpec = z.output<typeof serverModelSchema>
export type CoolingUnitSpec = z.output<typeof coolingUnitSchema>
export type WorkloadSpec = z.output<typeof workloadSchema>
export type Facing = z.output<typeof facingSchema>

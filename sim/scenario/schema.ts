// The scenario format v1: the zod schema is THE reference; types are inferred from it, units are in the names.
import { z } from 'zod'
import { powerChainSchema, powerCommandSchemas } from '../model/power/spec.ts'
import { plantSchema } from '../model/plant/plantSpec.ts'
import { celsius, finite, fraction, id, nonNegative, positive } from './primitives.ts'
import { powerModelSchema, serverModelSchema } from './serverSchema.ts'
import { loadProfileSchema } from '../workload/profileSpec.ts'
import { jobsWorkloadSchema } from '../workload/jobsSpec.ts'
import { shadowSchema } from './shadowSchema.ts'

export { powerModelSchema, serverModelSchema } from './serverSchema.ts'

/** Which way the rack or unit front (its air inlet) faces on the floor plan: +y is "north". */
export const facingSchema = z.enum(['+x', '-x', '+y', '-y'])

export const serverPlacementSchema = z.strictObject({
  model: id.describe('id of a serverModels entry'),
  uPosition: z.number().int().min(1).describe('lowest rack unit of the first server, 1 = bottom'),
  count: z.number().int().min(1).max(100).default(1).describe('servers stacked upward from uPosition'),
})

export const rackGroupSchema = z.strictObject({
  idPrefix: id.optional().describe('rack ids are <idPrefix><n>; defaults to the row id and "-"'),
  count: z.number().int().min(1).max(200).default(1),
  uHeight: z.number().int().min(1).max(60).default(42),
  widthM: positive.default(0.6),
  depthM: positive.default(1.2),
  heightM: positive.default(2.0),
  powerBudgetKw: positive.describe('provisioned power of one rack, kW'),
  servers: z.array(serverPlacementSchema).default([]),
})

export const rowSchema = z.strictObject({
  id,
  xM: finite.describe('floor x of the first rack corner, m'),
  yM: finite.describe('floor y of the first rack corner, m'),
  axis: z.enum(['x', 'y']).describe('racks are placed side by side along this floor axis'),
  facing: facingSchema.describe('where the rack fronts (inlets) face: towards the cold aisle'),
  racks: z.array(rackGroupSchema).min(1),
})

export const aisleSchema = z.strictObject({
  id,
  kind: z.enum(['cold', 'hot']),
  xM: finite,
  yM: finite,
  widthM: positive.describe('extent along x, m'),
  depthM: positive.describe('extent along y, m'),
})

export const coolingUnitSchema = z.strictObject({
  id,
  type: z.enum(['crah', 'crac']).describe('CRAH: chilled-water coil; CRAC: direct-expansion compressor'),
  xM: finite.describe('floor x of the unit centre, m'),
  yM: finite.describe('floor y of the unit centre, m'),
  facing: facingSchema.default('+y'),
  widthM: positive.default(2.5),
  depthM: positive.default(0.9),
  heightM: positive.default(1.95),
  capacityKw: positive.describe('rated sensible cooling capacity, kW'),
  airflowM3s: positive.describe('rated supply airflow, m³/s'),
  supplySetpointC: celsius.describe('supply-air temperature setpoint, °C'),
  fanPowerW: nonNegative.describe('fan power at rated airflow, W'),
})

export const workloadSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('constant'),
    utilization: fraction.describe('CPU utilisation of every server, 0..1'),
    noiseSd: fraction.default(0).describe('standard deviation of per-rack seeded noise, utilisation units'),
    updateS: positive.default(300).describe('how often utilisation is redrawn, s'),
  }),
  z.strictObject({
    kind: z.literal('diurnal'),
    meanUtilization: fraction,
    amplitude: fraction.describe('half the peak-to-trough swing, utilisation units'),
    peakHourUtc: z
      .number()
      .min(0, 'must be an hour in [0, 24)')
      .lt(24, 'must be an hour in [0, 24)')
      .default(15),
    noiseSd: fraction.default(0.02),
    updateS: positive.default(300),
  }),
  loadProfileSchema,
  jobsWorkloadSchema,
])

export const roomSchema = z.strictObject({
  widthM: positive.describe('floor extent along x, m'),
  depthM: positive.describe('floor extent along y, m'),
  heightM: positive.default(3.5),
  lightingW: nonNegative.default(0).describe('lighting and other constant room load, W'),
  // v1 placeholders until the geometric recirculation model (issue 3); SHI ≈ 0.1–0.2 is typical of open halls.
  recirculationFraction: fraction
    .default(0.1)
    .describe('share of a rack inlet that is its own hot exhaust leaking back (over the top, through gaps)'),
  rowEndRecirculationFraction: fraction
    .default(0.1)
    .describe('extra share for the racks at either end of a row, where exhaust wraps around'),
  recirculationLengthM: positive
    .default(1)
    .describe('distance over which recirculated exhaust spreads between racks, m: exp(−d/L) weighting'),
  containment: z
    .enum(['none', 'cold', 'hot'])
    .default('none')
    .describe('aisle containment: none, cold-aisle or hot-aisle enclosures'),
  containmentLeakageFraction: fraction
    .default(0.1)
    .describe('share of the open-hall recirculation that still leaks through containment (assumption)'),
  ashraeClass: z
    .enum(['A1', 'A2', 'A3', 'A4'])
    .default('A1')
    .describe('ASHRAE TC 9.9 class the inlets are held to'),
  serverTripInletC: celsius
    .default(45)
    .describe('inlet at which servers shut themselves down, °C (ASHRAE A4 allowable maximum)'),
  serverResetInletC: celsius
    .default(35)
    .describe('inlet below which tripped racks restart, °C (a stand-in for the operator restart)'),
  equipmentHeatCapacityJKPerU: positive
    .default(6000)
    .describe(
      'thermal mass of installed equipment per rack unit, J/K (12 kJ/K per 2U server: Ibrahim et al. 2012)',
    ),
  equipmentTimeConstantS: positive
    .default(300)
    .describe('time constant of equipment mass against room air, s ("several minutes": Erden et al. 2014)'),
})

export const electricalSchema = z.strictObject({
  upsCapacityKw: positive.describe('rated UPS output, kW'),
  upsNoLoadLossFraction: fraction.default(0.01333).describe('Schneider WP108 delta-conversion no-load term'),
  upsProportionalLossFraction: fraction.default(0.0064).describe('WP108 proportional term'),
  upsSquareLossFraction: fraction.default(0.01081).describe('WP108 square-law term'),
})

export const durationSchema = z.union([
  positive,
  z.string().regex(/^\d+(\.\d+)?(s|m|h|d|w)$/, 'a duration like "90s", "30m", "6h", "7d" or "2w"'),
])

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('failCoolingUnit'), unitId: id }),
  z.strictObject({ type: z.literal('restoreCoolingUnit'), unitId: id }),
  z.strictObject({ type: z.literal('setSupplySetpoint'), unitId: id, supplySetpointC: celsius }),
  ...powerCommandSchemas,
  z.strictObject({
    type: z.literal('setLoadScale'),
    scale: z.number().min(0).max(2).describe('multiplies utilisation'),
  }),
])

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  version: z.literal(1),
  name: z.string().min(1),
  description: z.string().default(''),
  seed: z.number().int().min(0).max(0xffffffff),
  startDate: z.iso.datetime({ offset: true }).describe('simulated wall-clock time at t = 0, ISO 8601'),
  horizon: durationSchema.default('1d').describe('how long the simulation runs: seconds or "7d"'),
  stepS: positive.default(60).describe('physics tick, s'),
  room: roomSchema,
  aisles: z.array(aisleSchema).default([]),
  serverModels: z.array(serverModelSchema).min(1),
  rows: z.array(rowSchema).min(1),
  coolingUnits: z.array(coolingUnitSchema).min(1),
  electrical: electricalSchema.optional().describe('a single UPS; give this or powerChain'),
  powerChain: powerChainSchema
    .optional()
    .describe('UPS systems, PDUs and rack feeds; give this or electrical'),
  plant: plantSchema.prefault({}).describe('chilled-water plant, economiser, weather and CRAH fan control'),
  workload: workloadSchema,
  events: z.array(z.strictObject({ atS: nonNegative, command: commandSchema })).default([]),
  shadow: shadowSchema.prefault({}).describe('shadow mode: when a measured value counts as off the twin'),
})

export type ScenarioInput = z.input<typeof scenarioSchema>
export type ScenarioSpec = z.output<typeof scenarioSchema>
export type Command = z.output<typeof commandSchema>
export type PowerModelSpec = z.output<typeof powerModelSchema>
export type ServerModelSpec = z.output<typeof serverModelSchema>
export type CoolingUnitSpec = z.output<typeof coolingUnitSchema>
export type WorkloadSpec = z.output<typeof workloadSchema>
export type Facing = z.output<typeof facingSchema>

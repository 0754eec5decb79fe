// The hall's equipment on the floor: rows of rack groups, aisles and cooling units, each number with its range.
import { z } from 'zod'
import { between, floorM, id, integer, MAX_ROOM_M } from './primitives.ts'
import { EQUIPMENT_CLASSES } from '../metrics/ashrae.ts'

/** Which way the rack or unit front (its air inlet) faces on the floor plan: +y is "north". */
export const facingSchema = z.enum(['+x', '-x', '+y', '-y'])

/** Tallest rack, U: 60 U (2.8 m) is the tallest standard cabinet. */
const MAX_RACK_U = 60

export const serverPlacementSchema = z.strictObject({
  model: id.describe('id of a serverModels entry'),
  uPosition: integer(1, MAX_RACK_U).describe('lowest rack unit of the first server, 1 = bottom'),
  count: integer(1, MAX_RACK_U).default(1).describe('servers stacked upward from uPosition'),
})

export const rackGroupSchema = z.strictObject({
  idPrefix: id.optional().describe('rack ids are <idPrefix><n>; defaults to the row id and "-"'),
  count: integer(1, 200).default(1).describe('racks side by side; 200 × 0.6 m fills a 120 m row'),
  // docs/hall.md#edits-validation-and-undo: an editor splits a group around one changed rack; these two keep every
  // other rack's id and position as they were.
  firstNumber: integer(1, 100_000)
    .optional()
    .describe(
      "number in the id of the group's first rack (A-05 for 5); default: one after the previous group's last",
    ),
  offsetM: between(0, MAX_ROOM_M)
    .optional()
    .describe(
      "distance along the row from the row's origin to the group's first rack, m; default: where the previous group ends",
    ),
  uHeight: integer(1, MAX_RACK_U).default(42),
  widthM: between(0.3, 1.5).default(0.6).describe('m; cabinets are 0.6 or 0.8 m, 0.3–1.5 m allowed'),
  depthM: between(0.3, 2).default(1.2).describe('m; cabinets are 0.6–1.4 m deep'),
  heightM: between(0.3, 3.5).default(2.0).describe('m; a 42 U rack is 2 m, a 60 U one 2.8 m'),
  powerBudgetKw: between(0.1, 500).describe(
    'provisioned power of one rack, kW; 0.1–500 kW (liquid-cooled AI racks reach about 130 kW)',
  ),
  servers: z.array(serverPlacementSchema).max(MAX_RACK_U, 'at most one entry per rack unit').default([]),
  // docs/physics.md#humidity-and-ashrae-classes: the class and change limit each rack is judged by.
  ashraeClass: z
    .enum(EQUIPMENT_CLASSES)
    .optional()
    .describe('ASHRAE class of this equipment; default room.ashraeClass'),
  tapeStorage: z
    .boolean()
    .default(false)
    .describe('tape libraries: at most 5 °C of inlet change in an hour (ASHRAE 2021 Table 2-1 note f)'),
})

export const rowSchema = z.strictObject({
  id,
  xM: floorM.describe('floor x of the first rack corner, m'),
  yM: floorM.describe('floor y of the first rack corner, m'),
  axis: z.enum(['x', 'y']).describe('racks are placed side by side along this floor axis'),
  facing: facingSchema.describe('where the rack fronts (inlets) face: towards the cold aisle'),
  racks: z.array(rackGroupSchema).min(1).max(1000, 'at most 1000 rack groups'),
})

export const aisleSchema = z.strictObject({
  id,
  kind: z.enum(['cold', 'hot']),
  xM: floorM,
  yM: floorM,
  widthM: between(0.1, MAX_ROOM_M).describe('extent along x, m'),
  depthM: between(0.1, MAX_ROOM_M).describe('extent along y, m'),
})

/** A supply-air setpoint, °C. */
export const supplySetpointC = between(5, 35).describe(
  'supply-air temperature setpoint, °C; 5 °C (just above chilled water) to 35 °C (ASHRAE A2 maximum)',
)

export const coolingUnitSchema = z.strictObject({
  id,
  type: z.enum(['crah', 'crac']).describe('CRAH: chilled-water coil; CRAC: direct-expansion compressor'),
  xM: floorM.describe('floor x of the unit centre, m'),
  yM: floorM.describe('floor y of the unit centre, m'),
  facing: facingSchema.default('+y'),
  widthM: between(0.3, 10).default(2.5).describe('m; drawn only (a fan wall may be 10 m wide)'),
  depthM: between(0.3, 5).default(0.9).describe('m; drawn only'),
  heightM: between(0.3, 5).default(1.95).describe('m; drawn only'),
  capacityKw: between(1, 5000).describe(
    'rated sensible cooling capacity, kW; 1 kW (a split unit) to 5 MW (a fan wall)',
  ),
  airflowM3s: between(0.1, 50).describe(
    'rated supply airflow, m³/s; 0.1 (an in-row unit) to 50 m³/s (a large fan wall)',
  ),
  supplySetpointC,
  fanPowerW: between(0, 500_000).describe(
    'fan power at rated airflow, W; at most 500 kW: 10 kW per m³/s at 50 m³/s, ten times a typical fan',
  ),
  // docs/physics.md#fan-heat-and-the-air-side-first-law: where the fan's heat enters the air stream.
  fanPosition: z
    .enum(['drawThrough', 'blowThrough'])
    .default('drawThrough')
    .describe('drawThrough: the fan after the coil (it warms the supply air); blowThrough: before the coil'),
  supplySensor: z
    .enum(['afterFan', 'coilLeaving'])
    .default('afterFan')
    .describe(
      'where the supply setpoint is measured: afterFan (the supply air, as most units control) or ' +
        'coilLeaving (a draw-through fan then adds its rise to the supply)',
    ),
})

/**
 * The cooling units' redundancy design: how many may be out while the rest still remove the design heat load
 * (docs/physics.md#cooling-redundancy-and-ab-feed-subscription).
 */
export const coolingRedundancySchema = z
  .enum(['N', 'N+1', 'N+2', '2N'])
  .describe(
    'cooling redundancy design: N (no spare unit), N+1 / N+2 (the largest one / two running units may ' +
      'fail), 2N (half the installed units may fail); heat above what is left is "redundancy lost"',
  )

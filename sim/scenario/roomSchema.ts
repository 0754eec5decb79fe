// The room: its size, recirculation, containment, ASHRAE class, server protection and thermal mass.
import { z } from 'zod'
import { ASHRAE_CLASSES, EQUIPMENT_CLASSES } from '../metrics/ashrae.ts'
import { airC, between, fraction, MAX_ROOM_M } from './primitives.ts'
import { recirculationMatrixSchema } from './recirculationMatrixSchema.ts'

export const roomSchema = z
  .strictObject({
    widthM: between(2, MAX_ROOM_M).describe('floor extent along x, m; 2 m (a closet) to 1000 m'),
    depthM: between(2, MAX_ROOM_M).describe('floor extent along y, m; 2 m (a closet) to 1000 m'),
    heightM: between(2, 50)
      .default(3.5)
      .describe('floor to ceiling, m; 2 m (a closet) to 50 m (a multi-storey hall); sets the air mass'),
    lightingW: between(0, 10_000_000)
      .default(0)
      .describe('lighting and other constant room load, W; at most 10 MW (10 W/m² over 1000 × 1000 m)'),
    // The recirculation model's knobs (model/recirculation.ts), for a survey or CFD run to calibrate; SHI ≈ 0.1–0.2
    // is typical of open halls.
    recirculationFraction: fraction
      .default(0.1)
      .describe(
        'share of a rack inlet that is its own hot exhaust leaking back (over the top, through gaps)',
      ),
    rowEndRecirculationFraction: fraction
      .default(0.1)
      .describe('extra share for the racks at either end of a row, where exhaust wraps around'),
    recirculationLengthM: between(0.1, 100)
      .default(1)
      .describe(
        'distance over which recirculated exhaust spreads between racks, m: exp(−d/L) weighting; ' +
          '0.1 m (next rack only) to 100 m (the whole hall)',
      ),
    recirculationMatrix: recirculationMatrixSchema.optional(),
    containment: z
      .enum(['none', 'cold', 'hot'])
      .default('none')
      .describe('aisle containment: none, cold-aisle or hot-aisle enclosures'),
    containmentLeakageFraction: fraction
      .default(0.1)
      .describe('share of the open-hall recirculation that still leaks through containment (assumption)'),
    // Zones of influence (model/zones/, docs/physics.md#zones-of-influence); 'single' keeps the one-node room.
    airZones: z
      .enum(['single', 'perUnit'])
      .default('single')
      .describe('room air as one well-mixed node, or one zone per cooling unit (its zone of influence)'),
    zoneMixingM3s: between(0, 1000)
      .default(10)
      .describe(
        'air two neighbouring zones exchange, m³/s, before the exp(−d/L) fall-off with the distance between ' +
          'their units (assumption; calibrate from a survey or CFD run); 0 (isolated) to 1000 m³/s',
      ),
    zoneMixingLengthM: between(0.5, 1000)
      .default(5)
      .describe('distance over which zone mixing falls off, m: exp(−d/L) between unit centres'),
    ashraeClass: z
      .enum(EQUIPMENT_CLASSES)
      .default('A1')
      .describe('ASHRAE TC 9.9 (2021) class the inlets are held to: A1–A4, or H1 for high-density equipment'),
    // docs/physics.md#humidity-and-ashrae-classes: the return air's moisture when outdoor air is not let in.
    indoorDewPointC: between(-20, 25)
      .default(10)
      .describe(
        "dew point the hall's humidity control holds (humidifier, dehumidifying coil), °C; default 10 °C, " +
          'mid-band of the ASHRAE recommended −9…15 °C (assumption); −20 to 25 °C',
      ),
    serverTripInletC: airC
      .default(ASHRAE_CLASSES.A4.maxC)
      .describe('inlet at which servers shut themselves down, °C (ASHRAE A4 allowable maximum)'),
    serverResetInletC: airC
      .default(35)
      .describe('inlet below which tripped racks restart, °C (a stand-in for the operator restart)'),
    equipmentHeatCapacityJKPerU: between(100, 100_000)
      .default(6000)
      .describe(
        'thermal mass of installed equipment per rack unit, J/K (12 kJ/K per 2U server: Ibrahim et al. ' +
          '2012); 100 J/K (an empty shelf) to 100 kJ/K (a U of solid steel is about 20 kJ/K)',
      ),
    equipmentTimeConstantS: between(10, 86_400)
      .default(300)
      .describe(
        'time constant of equipment mass against room air, s ("several minutes": Erden et al. 2014); ' +
          '10 s to one day',
      ),
  })
  .refine((room) => room.serverResetInletC < room.serverTripInletC, {
    path: ['serverResetInletC'],
    message: 'must be below serverTripInletC, or tripped racks would restart at once',
  })

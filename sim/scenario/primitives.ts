// Building blocks shared by the scenario schemas: ids and numbers with their physical ranges.
import { z } from 'zod'

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids use letters, digits, "_", "." and "-"')

/**
 * A number from `min` to `max` inclusive. Every number in a scenario has such a range, so no valid input
 * can drive the physics to NaN or Infinity (1e-290 m rooms, 1e308 kW coils). Plain range checks (not
 * refinements), so they also appear as minimum/maximum in the generated JSON Schema.
 */
export const between = (min: number, max: number) =>
  z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)

/** An integer from `min` to `max` inclusive. */
export const integer = (min: number, max: number) => between(min, max).int('must be a whole number')

export const fraction = between(0, 1)

/** A loss coefficient of a UPS or PDU, share of its rating: at most 0.2 (the worst units lose about 0.1). */
export const lossFraction = between(0, 0.2)

/** Longest room side, m: the largest halls are a few hundred metres long; floor coordinates stay inside it. */
export const MAX_ROOM_M = 1000
/** A floor coordinate, m, measured from the room's south-west corner (racks and units are checked inside). */
export const floorM = between(0, MAX_ROOM_M)

/**
 * Longest simulated span, s: ten years of 365 days, beyond any capacity plan. It keeps compound trends
 * ((1 + 0.1)^3650 ≈ 1e151) and every event time finite.
 */
export const MAX_HORIZON_S = 3650 * 86_400
/** A span of simulated time, s: from one second to the longest horizon. */
export const spanS = between(1, MAX_HORIZON_S)
/** A time after the start, s (0 = the start). */
export const offsetS = between(0, MAX_HORIZON_S)

/**
 * How often a workload redraws utilisation or an autoscaler decides, s: 1 s is the finest cadence any
 * monitoring system reports; one day the coarsest that still follows a daily cycle.
 */
export const updateS = between(1, 86_400)

/** Air temperature a data hall can hold, °C: ASHRAE's widest envelope (A4: 5–45 °C) with margin either side. */
export const airC = between(-20, 60)

/** Server power, W: 0 to 20 kW (an 8-GPU server draws about 10 kW). */
export const serverW = between(0, 20_000)

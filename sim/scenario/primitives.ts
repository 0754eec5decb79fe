// Building blocks shared by the scenario schemas: ids and numbers with their ranges and one-line reasons.
import { z } from 'zod'

export const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'ids use letters, digits, "_", "." and "-"')
// Plain range checks (not refinements) so they also appear in the generated JSON Schema.
export const finite = z.number()
export const positive = z.number().positive('must be greater than 0')
export const nonNegative = z.number().min(0, 'must be 0 or more')
export const fraction = z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1')
export const celsius = z.number().gt(-50, 'must be above -50 °C').lt(100, 'must be below 100 °C')

// Field readers shared by NetBox's two JSON shapes (docs/hall.md#netbox-import): the REST API nests foreign keys
// as objects, serves choices as {value, label} and decimals as numbers; `manage.py dumpdata` writes bare primary
// keys, raw choice strings and decimals as strings. Each reader accepts both and a missing field (NetBox default).
import { z } from 'zod'

const got = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value))
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** A foreign key: a bare pk (dumpdata), a nested object with `id` (REST), or null/absent → null. */
export const fk = z
  .unknown()
  .optional()
  .transform((value, ctx): number | null => {
    if (value === null || value === undefined) return null
    if (Number.isInteger(value)) return value as number
    if (isObject(value) && Number.isInteger(value.id)) return value.id as number
    ctx.addIssue({ code: 'custom', message: `expected an id or an object with an "id", got ${got(value)}` })
    return z.NEVER
  })

/** A choice: a raw string (dumpdata), `{value, label}` (REST), or null/absent → `fallback`. */
export const choice = (fallback = '') =>
  z
    .unknown()
    .optional()
    .transform((value, ctx): string => {
      if (value === null || value === undefined || value === '') return fallback
      if (typeof value === 'string') return value
      if (isObject(value) && (typeof value.value === 'string' || typeof value.value === 'number'))
        return value.value === '' ? fallback : String(value.value)
      ctx.addIssue({ code: 'custom', message: `expected a choice or {value, label}, got ${got(value)}` })
      return z.NEVER
    })

const DECIMAL = /^-?\d+(\.\d+)?$/

/** A number that may come as a decimal string ("4.0" in dumpdata) or a number (REST); null/absent → null. */
export const decimal = z
  .unknown()
  .optional()
  .transform((value, ctx): number | null => {
    if (value === null || value === undefined) return null
    if (typeof value === 'number' && Number.isFinite(value)) return value
    if (typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value)
    ctx.addIssue({ code: 'custom', message: `expected a number, got ${got(value)}` })
    return z.NEVER
  })

/** A number with a NetBox default when absent or null. */
export const decimalOr = (fallback: number) => decimal.transform((v) => v ?? fallback)

/** Free text; null/absent → ''. */
export const text = z
  .unknown()
  .optional()
  .transform((value, ctx): string => {
    if (value === null || value === undefined) return ''
    if (typeof value === 'string') return value
    if (typeof value === 'number') return String(value)
    ctx.addIssue({ code: 'custom', message: `expected text, got ${got(value)}` })
    return z.NEVER
  })

/** A boolean with a default when absent. */
export const flag = (fallback: boolean) =>
  z
    .boolean()
    .nullish()
    .transform((v) => v ?? fallback)

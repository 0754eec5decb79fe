// Is a dropped or opened JSON value a NetBox export? A cheap look at its shape, so the library's file handling can
// send it to the import dialog instead of reading it as a scenario or a trace. docs/hall.md#netbox-import
import { kindOf } from './objects.ts'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isDcimUrl = (v: unknown) => typeof v === 'string' && v.includes('/api/dcim/')

/** A dcim object from either shape: a dumpdata record of a dcim model, or a REST object with a dcim url. */
function isDcimObject(v: unknown): boolean {
  if (!isObject(v)) return false
  if (typeof v.model === 'string' && isObject(v.fields)) return v.model.startsWith('dcim.')
  return isDcimUrl(v.url)
}

/** A REST page whose first result is a dcim object. */
const isDcimPage = (v: unknown) => isObject(v) && Array.isArray(v.results) && isDcimObject(v.results[0])

/**
 * True for a dumpdata fixture holding dcim records, a REST page or list of pages of dcim objects, or an object
 * of endpoint lists with at least racks or devices. Looks at a few elements only: a scenario (an object with
 * `version` and `rows`) and a trace never match.
 */
export function looksLikeNetbox(value: unknown): boolean {
  if (Array.isArray(value)) return value.slice(0, 50).some((v) => isDcimObject(v) || isDcimPage(v))
  if (!isObject(value)) return false
  if (isDcimPage(value)) return true
  if ('version' in value && 'rows' in value) return false
  const kinds = Object.keys(value).map(kindOf)
  return kinds.includes('racks') || kinds.includes('devices')
}

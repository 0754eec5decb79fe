// A NetBox export (JSON text or value) → one Inventory. Accepts the dumpdata fixture (a flat list of
// {model, pk, fields}) and the REST API's shapes: one page ({count, next, previous, results}), a list of pages or
// objects, or an object holding several endpoints' lists or pages under their names ({"racks": …, "devices": …}).
// REST objects outside such a key are told apart by their `url` (/api/dcim/racks/7/). docs/hall.md#netbox-import
import { jsonPath, ScenarioError } from '../../scenario/parse.ts'
import type { ScenarioProblem } from '../../scenario/parse.ts'
import { kindOf, OBJECT_SCHEMAS } from './objects.ts'
import type { Inventory, InventoryKind } from './inventory.ts'
import { normalise } from './normalise.ts'

/** A NetBox file that cannot be read: every problem with its JSON path, prefixed by the file name. */
export class NetboxError extends ScenarioError {
  constructor(source: string, problems: ScenarioProblem[]) {
    super(source, problems)
    this.name = 'NetboxError'
  }
}

type Path = PropertyKey[]
interface Entry {
  kind: InventoryKind | 'manufacturers'
  value: unknown
  at: Path
}
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
const isPage = (v: unknown): v is { results: unknown[]; next?: unknown } =>
  isObject(v) && Array.isArray(v.results)
const isDumpRecord = (v: unknown) => isObject(v) && typeof v.model === 'string' && isObject(v.fields)
const MAX_PROBLEMS = 20

export const SHAPES =
  'a NetBox export: a dumpdata list of {model, pk, fields}, a REST page {count, next, previous, results}, ' +
  'a list of pages, or an object of endpoint lists such as {"racks": [...], "devices": [...]}'

/** Parses JSON text (naming the position of a syntax error) and reads it. */
export function readNetboxText(text: string, source = 'netbox.json'): Inventory {
  let json: unknown
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    throw new NetboxError(source, [{ path: '$', message: `not valid JSON: ${(error as Error).message}` }])
  }
  return readNetbox(json, source)
}

/** Reads either shape into an Inventory; throws NetboxError naming every bad field by JSON path. */
export function readNetbox(json: unknown, source = 'netbox.json'): Inventory {
  const problems: ScenarioProblem[] = []
  const notes: Inventory['notes'] = []
  const entries = collect(json, problems, notes)
  const parsed: { kind: Entry['kind']; value: Record<string, unknown>; at: string }[] = []
  for (const entry of entries) {
    if (entry.kind === 'manufacturers') {
      parsed.push({ kind: entry.kind, value: entry.value as Record<string, unknown>, at: jsonPath(entry.at) })
      continue
    }
    const result = OBJECT_SCHEMAS[entry.kind].safeParse(entry.value)
    if (result.success) parsed.push({ kind: entry.kind, value: result.data, at: jsonPath(entry.at) })
    else
      for (const issue of result.error.issues)
        problems.push({ path: jsonPath([...entry.at, ...issue.path]), message: issue.message })
  }
  if (problems.length === 0 && !parsed.some((p) => p.kind === 'racks'))
    problems.push({ path: '$', message: `no racks found in ${SHAPES}` })
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS)
    if (problems.length > MAX_PROBLEMS)
      shown.push({ path: '$', message: `… and ${problems.length - MAX_PROBLEMS} more problems` })
    throw new NetboxError(source, shown)
  }
  return normalise(parsed, notes)
}

function collect(json: unknown, problems: ScenarioProblem[], notes: Inventory['notes']): Entry[] {
  const entries: Entry[] = []
  const fail = (path: Path, message: string) => problems.push({ path: jsonPath(path), message })
  if (Array.isArray(json) && json.length > 0 && json.every(isDumpRecord)) {
    json.forEach((record: { model: string; pk: unknown; fields: object }, i) => {
      const kind = record.model.startsWith('dcim.') ? kindOf(record.model) : undefined
      if (kind) entries.push({ kind, value: { ...record.fields, id: record.pk }, at: [i, 'fields'] })
    })
  } else if (Array.isArray(json) && json.length > 0) {
    json.forEach((item, i) => (isPage(item) ? page(item, [i], undefined) : restObject(item, [i], undefined)))
  } else if (isPage(json)) page(json, [], undefined)
  else if (isObject(json) && Object.keys(json).some((key) => kindOf(key))) {
    for (const [key, value] of Object.entries(json)) {
      const kind = kindOf(key)
      if (!kind) continue
      if (isPage(value)) page(value, [key], kind)
      else if (Array.isArray(value)) value.forEach((item, i) => restObject(item, [key, i], kind))
      else fail([key], `expected a list or a REST page {count, next, previous, results}`)
    }
  } else fail([], `not ${SHAPES}`)
  return entries

  function page(value: { results: unknown[]; next?: unknown }, at: Path, hint: Entry['kind'] | undefined) {
    value.results.forEach((item, i) => restObject(item, [...at, 'results', i], hint))
    if (typeof value.next === 'string' && value.next !== '')
      notes.push({
        what: `${jsonPath(at)}: ${value.results.length} results of a longer list`,
        why: `the file holds one page only (next: ${value.next}); export with ?limit=1000 or follow next`,
      })
  }

  function restObject(item: unknown, at: Path, hint: Entry['kind'] | undefined) {
    if (!isObject(item)) return fail(at, 'expected a NetBox object')
    const fromUrl = typeof item.url === 'string' ? /\/api\/dcim\/([a-z-]+)\/\d+\/?$/.exec(item.url) : null
    const kind = hint ?? (fromUrl ? kindOf(fromUrl[1]) : undefined)
    if (kind) entries.push({ kind, value: item, at })
    else if (!fromUrl && typeof item.url !== 'string')
      fail(
        at,
        'cannot tell which NetBox object this is: keep its "url" or list it under a key such as "racks"',
      )
  }
}

// Where an expanded rack id ("A-04") lives in a document: its row, rack group, place in the group and the exact
// offset along the row the layout gives it (sim/scenario/expandRow.ts), so a split keeps every other rack in place.
import { rackGroupSchema } from '../scenario/hallSchema.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import type { RackGroupInput, RowInput } from './edit.ts'
import { EditRefused } from './refused.ts'

/** A group with the schema's defaults filled in (count, widthM, ...). */
export type RackGroupFull = ReturnType<typeof rackGroupSchema.parse>

export interface RackLocation {
  rowAt: number
  row: RowInput
  groupAt: number
  group: RackGroupInput
  full: RackGroupFull
  /** The rack's place in its group, 0-based. */
  k: number
  /** The number in its id (A-04: 4) and the id's prefix ("A-"). */
  number: number
  idPrefix: string
  /** Distance along the row to the rack's near edge, and to the next rack's, m: as the layout sums them. */
  offsetM: number
  nextOffsetM: number
}

/** Fills a rack group's defaults; a group the schema refuses cannot be edited. */
export function fullGroup(group: RackGroupInput): RackGroupFull {
  const parsed = rackGroupSchema.safeParse(group)
  if (!parsed.success)
    throw new EditRefused(`rack group does not validate: ${parsed.error.issues[0].message}`)
  return parsed.data
}

/** Every rack of the document with its location, in layout order. */
export function eachRack(doc: ScenarioInput): { id: string; at: RackLocation }[] {
  const out: { id: string; at: RackLocation }[] = []
  doc.rows.forEach((row, rowAt) => {
    let offsetM = 0
    let nextIndex = 0
    row.racks.forEach((group, groupAt) => {
      const full = fullGroup(group)
      const idPrefix = full.idPrefix ?? `${row.id}-`
      const firstIndex = full.firstNumber === undefined ? nextIndex : full.firstNumber - 1
      offsetM = full.offsetM ?? offsetM
      for (let k = 0; k < full.count; k++) {
        const number = firstIndex + k + 1
        const id = `${idPrefix}${String(number).padStart(2, '0')}`
        // The same sum as layRackGroup's: offsets bit for bit.
        const nextOffsetM = offsetM + full.widthM
        out.push({ id, at: { rowAt, row, groupAt, group, full, k, number, idPrefix, offsetM, nextOffsetM } })
        offsetM = nextOffsetM
      }
      nextIndex = firstIndex + full.count
    })
  })
  return out
}

export function locateRack(doc: ScenarioInput, rackId: string): RackLocation {
  const hit = eachRack(doc).find((r) => r.id === rackId)
  if (!hit) throw new EditRefused(`no rack "${rackId}" in the hall`)
  return hit.at
}

// Racks on a floor NetBox never drew (it stores no floor coordinates): rows by site, then location, racks by name;
// rows packed onto lines, lines paired front to front around cold aisles, back to back around hot aisles;
// the room sized around them with the cooling units along its west wall. docs/hall.md#netbox-import
import type { Facing, RackGroupInput, RowInput } from '../../edit/edit.ts'
import type { ScenarioInput } from '../../scenario/schema.ts'
import { idOf, uniqueIds } from './ids.ts'
import type { Inventory, NbRack } from './inventory.ts'

/** A row to lay out: its id and NetBox racks in order, each with the Plenum id it will get. */
export interface RowPlan {
  id: string
  racks: { rack: NbRack; rackId: string }[]
}

/** Racks per row at most (a long NetBox location is split): 12 × 0.6 m, the default hall's rows. */
export const MAX_RACKS_PER_ROW = 12
/** Metres: the west strip the cooling units stand in, clearance at the other walls, gaps and aisles. */
export const CLEARANCE = { unitZoneM: 3, wallM: 1.2, passageM: 1.2, coldAisleM: 1.8, hotAisleM: 1.2 }

/** Natural order ("R2" before "R10"), the same in Node and every browser (no locale tables). */
export function naturalCompare(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? []
  const pb = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const na = /^\d/.test(pa[i]) && /^\d/.test(pb[i])
    const d = na ? Number(pa[i]) - Number(pb[i]) : pa[i] < pb[i] ? -1 : pa[i] > pb[i] ? 1 : 0
    if (d !== 0) return d
  }
  return pa.length - pb.length
}

/** Groups racks by site then location (names in natural order), racks by name; long groups split. */
export function planRows(racks: NbRack[], inventory: Inventory): RowPlan[] {
  const siteName = new Map(inventory.sites.map((s) => [s.id, s.name]))
  const locationName = new Map(inventory.locations.map((l) => [l.id, l.name]))
  const site = (r: NbRack) => (r.siteId === null ? '' : (siteName.get(r.siteId) ?? `site ${r.siteId}`))
  const location = (r: NbRack) =>
    r.locationId === null ? '' : (locationName.get(r.locationId) ?? `location ${r.locationId}`)
  const groups = new Map<string, NbRack[]>()
  const sorted = [...racks].sort(
    (a, b) =>
      naturalCompare(site(a), site(b)) ||
      naturalCompare(location(a), location(b)) ||
      naturalCompare(a.name, b.name) ||
      a.id - b.id,
  )
  for (const rack of sorted) {
    const key = `${site(rack)}\u0000${location(rack)}`
    groups.set(key, [...(groups.get(key) ?? []), rack])
  }
  // A location's name alone when no other site has one so named ("Row 1"), else "site.location".
  const sitesOfLocation = new Map<string, Set<string>>()
  for (const rack of sorted)
    sitesOfLocation.set(location(rack), (sitesOfLocation.get(location(rack)) ?? new Set()).add(site(rack)))
  const unique = uniqueIds()
  const plans: RowPlan[] = []
  for (const members of groups.values()) {
    const s = site(members[0])
    const l = location(members[0])
    const label = l === '' ? s || 'racks' : (sitesOfLocation.get(l)?.size ?? 0) > 1 ? `${s}.${l}` : l
    for (let k = 0; k < members.length; k += MAX_RACKS_PER_ROW) {
      const id = unique(idOf(label, 'row'))
      const chunk = members.slice(k, k + MAX_RACKS_PER_ROW)
      plans.push({
        id,
        racks: chunk.map((rack, i) => ({ rack, rackId: `${id}-${String(i + 1).padStart(2, '0')}` })),
      })
    }
  }
  return plans
}

/** The laid-out rows, aisles and room (without cooling units, which cooling.ts adds along the west wall). */
export interface Floor {
  rows: RowInput[]
  aisles: NonNullable<ScenarioInput['aisles']>
  widthM: number
  depthM: number
}

const round = (m: number) => Math.round(m * 1000) / 1000

/** Lays the planned rows out: lines of rows up to the longest row (at least 12 racks' length), in pairs. */
export function layOut(plans: RowPlan[], groupOf: (rack: NbRack) => RackGroupInput): Floor {
  const groups = plans.map((plan) => plan.racks.map(({ rack }) => groupOf(rack)))
  const lengthM = groups.map((g) => g.reduce((sum, r) => sum + (r.widthM ?? 0.6), 0))
  const lineM = Math.max(MAX_RACKS_PER_ROW * 0.6, ...lengthM)
  const lines: number[][] = []
  let used = Infinity
  plans.forEach((_, i) => {
    if (used + CLEARANCE.passageM + lengthM[i] > lineM) {
      lines.push([])
      used = -CLEARANCE.passageM
    }
    lines[lines.length - 1].push(i)
    used += CLEARANCE.passageM + lengthM[i]
  })
  const rows: RowInput[] = []
  const aisles: Floor['aisles'] = []
  let yM = CLEARANCE.wallM
  lines.forEach((line, k) => {
    const facing: Facing = k % 2 === 0 ? '+y' : '-y'
    const depthM = Math.max(...line.flatMap((i) => groups[i].map((r) => r.depthM ?? 1.2)))
    let xM = CLEARANCE.unitZoneM
    for (const i of line) {
      rows.push({ id: plans[i].id, xM: round(xM), yM: round(yM), axis: 'x', facing, racks: groups[i] })
      xM += lengthM[i] + CLEARANCE.passageM
    }
    yM += depthM
    if (k === lines.length - 1) return
    const aisleM = k % 2 === 0 ? CLEARANCE.coldAisleM : CLEARANCE.hotAisleM
    const kind = k % 2 === 0 ? 'cold' : 'hot'
    aisles.push({
      id: `${kind}-${aisles.length + 1}`,
      kind,
      xM: CLEARANCE.unitZoneM,
      yM: round(yM),
      widthM: round(lineM),
      depthM: aisleM,
    })
    yM += aisleM
  })
  return {
    rows,
    aisles,
    widthM: round(CLEARANCE.unitZoneM + lineM + CLEARANCE.wallM),
    depthM: round(Math.max(yM + CLEARANCE.wallM, 2)),
  }
}

// Planned racks: where the racks and rows a scenario's growth section deploys will stand, from when, which racks
// leave on which date, and the cooling units it installs, so the hall can show them as ghosts before they exist. Positions come from the same
// scenarioAt / expandRow the forecast builds its halls with, so a ghost stands exactly where the rack will.
import type { FloorBox } from '../../metrics/layout.ts'
import type { Rack, Scenario } from '../../scenario/types.ts'
import { allChanges } from '../growth/inventory.ts'
import { scenarioAt } from '../growth/scenarioAt.ts'

/** A rack that does not stand in the hall at the start: in service from `fromDate` (and until `untilDate`). */
export interface PlannedRack extends FloorBox {
  id: string
  rowId: string
  serverCount: number
  powerBudgetKw: number
  /** YYYY-MM-DD (UTC) of the change that adds it, and as Unix seconds. */
  fromDate: string
  fromEpochS: number
  /** When a later decommission takes it out again; null: it stays to the end of the plan. */
  untilDate: string | null
}

/** A rack standing at the start that a rack or row decommission takes out. */
export interface LeavingRack {
  id: string
  rowId: string
  date: string
  epochS: number
}

/** One label per row and date: the racks one change (or several on one day) adds to that row. */
export interface PlanGroup {
  rowId: string
  date: string
  rackIds: string[]
  /** Centre of the group on the floor plan, m, and the tallest rack's height, m (a label goes above it). */
  xM: number
  yM: number
  heightM: number
}

/** A cooling unit a `coolingUnit` deployment (or an applied recommendation) installs from `fromDate`. */
export interface PlannedUnit extends FloorBox {
  id: string
  capacityKw: number
  fromDate: string
  fromEpochS: number
}

export interface RackPlan {
  planned: PlannedRack[]
  leaving: LeavingRack[]
  groups: PlanGroup[]
  units: PlannedUnit[]
}

const dayOf = (epochS: number) => new Date(epochS * 1000).toISOString().slice(0, 10)

const boxOf = (r: FloorBox): FloorBox => ({
  xM: r.xM,
  yM: r.yM,
  widthM: r.widthM,
  depthM: r.depthM,
  heightM: r.heightM,
  facing: r.facing,
})

/**
 * Walks the growth section's change dates in order, building the hall as of each (scenarioAt), and records the
 * racks that appear and disappear. A server deployment into an existing rack adds no ghost: the rack is there.
 * @throws ScenarioError (from scenarioAt) naming the JSON path of a change that does not apply
 */
export function rackPlanOf(scenario: Scenario, source = 'scenario'): RackPlan {
  const dates = [...new Set(scenario.growth ? allChanges(scenario.growth).map((c) => c.epochS) : [])]
  const present = new Map(scenario.racks.map((r) => [r.id, r]))
  const atStart = new Set(present.keys())
  const planned = new Map<string, PlannedRack>()
  const leaving: LeavingRack[] = []
  const groups: PlanGroup[] = []
  const unitIds = new Set(scenario.coolingUnits.map((u) => u.id))
  const units: PlannedUnit[] = []
  for (const epochS of dates.sort((a, b) => a - b)) {
    const date = dayOf(epochS)
    const hall = scenarioAt(scenario, epochS, source)
    const racks = hall.racks
    for (const u of hall.coolingUnits) {
      if (unitIds.has(u.id)) continue
      unitIds.add(u.id)
      units.push({ id: u.id, ...boxOf(u), capacityKw: u.capacityKw, fromDate: date, fromEpochS: epochS })
    }
    const ids = new Set(racks.map((r) => r.id))
    for (const [id, rack] of present) {
      if (ids.has(id)) continue
      const ghost = planned.get(id)
      if (ghost) ghost.untilDate = date
      else if (atStart.has(id)) leaving.push({ id, rowId: rack.rowId, date, epochS })
    }
    const added = racks.filter((r) => !present.has(r.id))
    for (const r of added)
      planned.set(r.id, {
        id: r.id,
        rowId: r.rowId,
        ...boxOf(r),
        serverCount: r.servers.length,
        powerBudgetKw: r.powerBudgetKw,
        fromDate: date,
        fromEpochS: epochS,
        untilDate: null,
      })
    for (const rowId of new Set(added.map((r) => r.rowId)))
      groups.push(
        groupOf(
          rowId,
          date,
          added.filter((r) => r.rowId === rowId),
        ),
      )
    present.clear()
    for (const r of racks) present.set(r.id, r)
  }
  return { planned: [...planned.values()], leaving, groups, units }
}

function groupOf(rowId: string, date: string, racks: readonly Rack[]): PlanGroup {
  const mean = (pick: (r: Rack) => number) => racks.reduce((sum, r) => sum + pick(r), 0) / racks.length
  return {
    rowId,
    date,
    rackIds: racks.map((r) => r.id),
    xM: mean((r) => r.xM),
    yM: mean((r) => r.yM),
    heightM: Math.max(...racks.map((r) => r.heightM)),
  }
}

// The inventory changes in force at a date, applied in date order to a hall's racks, and the check the parser
// runs on a scenario's growth section (every change applied, every problem named by its JSON path).
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import type { GrowthSpec } from '../../scenario/growthSchema.ts'
import type { LayoutSpec } from '../../scenario/expandRow.ts'
import type { Rack, Scenario } from '../../scenario/types.ts'
import { matchesRack } from '../../model/powerChain/resolve.ts'
import { epochSOf } from './calendar.ts'
import {
  decommission,
  deploy,
  hallOf,
  refresh,
  type Hall,
  type RackDeploymentSpec,
} from './inventoryChanges.ts'
import { checkCoolingRedundancy } from '../../model/coolingRedundancy.ts'
import { deployFacility, facilityOf, isFacilityChange, type Facility } from './inventoryFacility.ts'

type Report = (path: PropertyKey[], message: string) => void

/** One dated change: when, which list it comes from, its index there, and the entry. */
export type InventoryChange =
  | { epochS: number; list: 'decommissions'; index: number; change: GrowthSpec['decommissions'][number] }
  | { epochS: number; list: 'refreshes'; index: number; change: GrowthSpec['refreshes'][number] }
  | { epochS: number; list: 'deployments'; index: number; change: GrowthSpec['deployments'][number] }

/** On one date, removals go first (freeing rack units and ids), then refreshes, then additions. */
const LIST_ORDER = ['decommissions', 'refreshes', 'deployments'] as const

/** Every change of the growth section in the order it applies: by date, then list, then position in its list. */
export function allChanges(growth: GrowthSpec): InventoryChange[] {
  const changes = LIST_ORDER.flatMap((list) =>
    growth[list].map(
      (change, index) => ({ epochS: epochSOf(change.date), list, index, change }) as InventoryChange,
    ),
  )
  return changes.sort(
    (a, b) => a.epochS - b.epochS || LIST_ORDER.indexOf(a.list) - LIST_ORDER.indexOf(b.list),
  )
}

/** The changes in force on `date` (ISO 8601 or Unix seconds; dated at or before it), in the order they apply. */
export function inventoryAt(scenario: Pick<Scenario, 'growth'>, date: string | number): InventoryChange[] {
  const epochS = typeof date === 'number' ? date : epochSOf(date)
  return scenario.growth ? allChanges(scenario.growth).filter((c) => c.epochS <= epochS) : []
}

/** What applying changes reads of a scenario besides its racks. */
export type InventoryContext = LayoutSpec &
  Pick<Scenario, 'startEpochS' | 'coolingUnits' | 'coolingRedundancy'> &
  Partial<Pick<Scenario, 'powerChain' | 'electrical'>>

/**
 * Applies `changes` in order to copies of `racks` and of the facility (cooling units, power chain); problems go
 * to `report` under $.growth.<list>[i]. A rack added where the power chain lists its feeds must match a feed; a
 * given recirculation matrix (its racks fixed) refuses racks and rows added or removed.
 */
export function applyInventory(
  racks: readonly Rack[],
  scenario: InventoryContext,
  changes: readonly InventoryChange[],
  report: Report,
): { racks: Rack[] } & Facility {
  const modelIndex = new Map(scenario.serverModels.map((m, i) => [m.id, i]))
  const hall: Hall = hallOf(racks, { spec: scenario, modelIndex, report })
  const facility = facilityOf(scenario)
  changes.forEach((c, i) => {
    const path = ['growth', c.list, c.index]
    if (c.list === 'deployments' && isFacilityChange(c.change)) {
      deployFacility(facility, hall.racks, c.change, path, scenario, report)
      // The unit count is judged once a date's units are all in: a 2N pair arrives as two entries.
      if (c.change.kind === 'coolingUnit' && changes[i + 1]?.epochS !== c.epochS)
        checkCoolingRedundancy(scenario.coolingRedundancy, facility.coolingUnits.length, (_, m) =>
          report(path, m),
        )
      return
    }
    const before = new Set(hall.racks.map((r) => r.id))
    const changesRacks = c.list !== 'refreshes' && c.change.kind !== 'servers'
    if (changesRacks && scenario.room.recirculationMatrix) {
      report(
        path,
        'room.recirculationMatrix is given for a fixed set of racks: racks cannot be added or removed',
      )
      return
    }
    if (c.list === 'deployments') deploy(hall, c.change as RackDeploymentSpec, path)
    else if (c.list === 'decommissions') decommission(hall, c.change, path)
    else refresh(hall, c.change, path)
    const feeds = facility.powerChain?.feeds
    for (const rack of hall.racks) {
      if (before.has(rack.id) || !feeds) continue
      const patterns = feeds.flatMap((f) => (typeof f.racks === 'string' ? [f.racks] : f.racks))
      if (!patterns.some((p) => matchesRack(p, rack.id)))
        report(path, `new rack "${rack.id}" matches no powerChain.feeds entry: add its feed`)
    }
  })
  return { racks: hall.racks, ...facility }
}

/** applyInventory's racks alone, for callers that deploy servers and racks only. */
export function applyChanges(
  racks: readonly Rack[],
  scenario: InventoryContext,
  changes: readonly InventoryChange[],
  report: Report,
): Rack[] {
  return applyInventory(racks, scenario, changes, report).racks
}

/**
 * The parser's check of a growth section: dates not before the start and in order within each list, then every
 * change applied to the hall as laid out (each to the hall as the earlier changes left it).
 */
export function checkGrowth(
  growth: GrowthSpec,
  racks: readonly Rack[],
  scenario: InventoryContext,
  report: Report,
): void {
  for (const list of LIST_ORDER) {
    let previous = -Infinity
    growth[list].forEach((change, i) => {
      const epochS = epochSOf(change.date)
      const path = ['growth', list, i, 'date']
      if (epochS < scenario.startEpochS) report(path, `${change.date} is before the scenario's startDate`)
      else if (epochS < previous)
        report(path, `${change.date} is before ${list}[${i - 1}]'s date: keep the list in date order`)
      previous = Math.max(previous, epochS)
    })
  }
  applyInventory(racks, scenario, allChanges(growth), report)
}

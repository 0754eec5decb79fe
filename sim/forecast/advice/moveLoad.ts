// Moving load off a rack: its top servers decommissioned and deployed again in the racks with the most headroom
// (least margin of budget, A/B feed and circuits, at the worst p90 month) that have a free slot, or in racks added
// at the end of its row when none has. docs/forecast.md#provisioning-advice
import type { Rack, Scenario } from '../../scenario/types.ts'
import { epochSOf } from '../growth/calendar.ts'
import { scenarioAt } from '../growth/scenarioAt.ts'
import { ledgerOf } from '../ledger/index.ts'
import { applyChanges } from './applyChanges.ts'
import { kw, type ActionContext, type Outcome } from './context.ts'
import { worldAt } from './probe.ts'
import type { ScenarioChange } from './recommendation.ts'

/** The rack a line is about: the asset of rackPower and abFeed lines, the part after "/" of a branch circuit's. */
export const rackOfLine = (asset: string) => asset.slice(asset.indexOf('/') + 1)

/** Rack units taken in `rack` on any inventory from the date to the horizon (later deployments keep theirs). */
function takenU(ctx: ActionContext, rackId: string): Uint8Array {
  const used = new Uint8Array(61)
  for (const segment of ctx.plan.segments) {
    if (segment.toMonth <= ctx.month) continue
    const rack = segment.scenario.racks.find((r) => r.id === rackId)
    for (const s of rack?.servers ?? [])
      used.fill(1, s.uPosition, s.uPosition + segment.scenario.serverModels[s.modelIndex].uHeight)
  }
  return used
}

/** The lowest free run of `height` U in a rack, or 0. */
function freeSlot(used: Uint8Array, rack: Pick<Rack, 'uHeight'>, height: number): number {
  for (let u = 1; u + height - 1 <= rack.uHeight; u++)
    if (used.subarray(u, u + height).every((x) => x === 0)) return u
  return 0
}

/** Headroom of every other rack present on the date, W: the least margin of its budget, A/B feed and circuits. */
function headroomOf(world: ReturnType<typeof worldAt>, skip: string, present: Set<string>) {
  const index = new Map(world.scenario.racks.map((r, i) => [r.id, i]))
  const headroom = new Map<string, number>()
  for (const e of ledgerOf(world)) {
    const circuit = e.kind === 'branchCircuit'
    if (!circuit && e.kind !== 'rackPower' && e.kind !== 'abFeed') continue
    const id = circuit ? rackOfLine(e.assetId) : e.assetId
    if (id === skip || !present.has(id)) continue
    // A circuit of a dual-corded rack carries half of what is added to the rack.
    const dual = (world.electrical.chain?.rackPduB[index.get(id)!] ?? -1) >= 0
    headroom.set(id, Math.min(headroom.get(id) ?? Infinity, circuit && dual ? 2 * e.margin : e.margin))
  }
  return headroom
}

/** `count` racks like `like` added at the end of its row on the date, and their ids, or why they cannot be. */
function addRacks(ctx: ActionContext, like: Rack, count: number) {
  const { widthM, depthM, heightM, uHeight, powerBudgetKw } = like
  const change: ScenarioChange = {
    into: 'deployments',
    spec: {
      kind: 'racks',
      date: ctx.date,
      row: like.rowId,
      racks: { count, widthM, depthM, heightM, uHeight, powerBudgetKw, servers: [] },
    },
  }
  let asOf: Scenario
  try {
    asOf = scenarioAt(applyChanges(ctx.scenario, [change]), epochSOf(ctx.date))
  } catch (error) {
    return { why: (error as Error).message.split('\n')[0] }
  }
  const before = new Set(scenarioAt(ctx.scenario, epochSOf(ctx.date)).racks.map((r) => r.id))
  return { change, racks: asOf.racks.filter((r) => !before.has(r.id)) }
}

/** Moves the top servers of the line's rack until `excessW` (at `month`, p90 path) is gone. */
export function moveLoad(ctx: ActionContext, excessW: number, month: number, why: string): Outcome {
  const world = worldAt(ctx.plan, month)
  const { racks, serverModels } = world.scenario
  const source = racks.find((r) => r.id === rackOfLine(ctx.line.asset))!
  // Servers and racks as of the date: what is there to decommission and to deploy into then.
  const atDate = ctx.plan.segments.find((s) => s.toMonth > ctx.month)!.scenario
  const present = new Set(atDate.racks.map((r) => r.id))
  const servers = [...(atDate.racks.find((r) => r.id === source.id)?.servers ?? [])]
  servers.sort((a, b) => b.uPosition - a.uPosition)
  const perServerW = world.rackPowerW[racks.indexOf(source)] / Math.max(1, source.servers.length)
  const count = Math.min(servers.length, Math.ceil(excessW / perServerW) + ctx.attempt)
  const moving = servers.slice(0, count)
  const headroom = headroomOf(world, source.id, present)
  const taken = new Map<string, Uint8Array>()
  const uHeightOf = new Map(racks.map((r) => [r.id, r.uHeight]))
  const changes: ScenarioChange[] = []
  const to: string[] = []
  const place = (server: (typeof servers)[number]) => {
    const model = serverModels[server.modelIndex]
    const spot = [...headroom]
      .filter(([, w]) => w >= perServerW)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([id]) => {
        if (!taken.has(id)) taken.set(id, takenU(ctx, id))
        return { id, u: freeSlot(taken.get(id)!, { uHeight: uHeightOf.get(id)! }, model.uHeight) }
      })
      .find((s) => s.u > 0)
    if (!spot) return false
    taken.get(spot.id)!.fill(1, spot.u, spot.u + model.uHeight)
    headroom.set(spot.id, headroom.get(spot.id)! - perServerW)
    const common = { kind: 'servers' as const, date: ctx.date, count: 1 }
    changes.push(
      { into: 'decommissions', spec: { ...common, rack: source.id, uPosition: server.uPosition } },
      { into: 'deployments', spec: { ...common, rack: spot.id, model: model.id, uPosition: spot.u } },
    )
    to.push(`${model.id} U${server.uPosition} → ${spot.id} U${spot.u}`)
    return true
  }
  const left = moving.filter((server) => !place(server))
  let added = ''
  if (left.length > 0) {
    // No rack has room for the rest: racks like this one at the end of its row take them.
    const need = Math.ceil((left.length * perServerW) / (source.powerBudgetKw * 1000)) + ctx.attempt
    const extra = addRacks(ctx, source, need)
    if (!extra.change)
      return {
        unresolved: `${why}; ${left.length} of ${count} server(s) find no rack with headroom and a free slot, and racks cannot be added to row ${source.rowId}: ${extra.why}`,
      }
    changes.unshift(extra.change)
    for (const r of extra.racks) {
      headroom.set(r.id, r.powerBudgetKw * 1000)
      uHeightOf.set(r.id, r.uHeight)
      taken.set(r.id, new Uint8Array(61))
    }
    const stuck = left.filter((server) => !place(server))
    if (stuck.length > 0)
      return { unresolved: `${why}; ${stuck.length} server(s) fit in no rack, even with ${need} added` }
    added = `; ${need} rack(s) like ${source.id} added at the end of row ${source.rowId} (${extra.racks.map((r) => r.id).join(', ')})`
  }
  return {
    action: added ? 'addRacks' : 'moveLoad',
    target: source.id,
    changes,
    detail: `${why}; ${count} server(s) of about ${kw(perServerW)} each move to the racks with the most headroom${added}: ${to.join(', ')}`,
  }
}

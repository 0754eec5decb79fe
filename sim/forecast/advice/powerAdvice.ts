// Power-chain actions: UPS modules added (both sides of a 2N pair), and a PDU's racks moved to a PDU with headroom
// or, when none has enough, to a new PDU like it. docs/forecast.md#provisioning-advice
import { ledgerOf, type LedgerEntry } from '../ledger/index.ts'
import { facilityIds, kw, type ActionContext, type Outcome } from './context.ts'
import { segmentAt, worldAt, worstEntry } from './probe.ts'
import type { ScenarioChange } from './recommendation.ts'

const MAX_MODULES = 64

/** addUpsModules: enough modules of the system's rating to carry the worst p90 month at its design redundancy. */
export function adviseUps(ctx: ActionContext): Outcome {
  const chain = segmentAt(ctx.plan, ctx.month).scenario.powerChain
  if (!chain)
    return {
      unresolved:
        'the scenario has a single UPS (electrical) without modules: describe it as a powerChain to get module advice',
    }
  const ups = chain.upsSystems.find((u) => u.id === ctx.line.asset)
  const worst = worstEntry(ctx.plan, ctx.line.id, ctx.month)
  if (!ups || !worst)
    return { unresolved: `UPS system "${ctx.line.asset}" is not in the hall on ${ctx.date}` }
  const moduleW = (ups.capacityKw * 1000) / ups.moduleCount
  const modules = Math.max(1, Math.ceil(-worst.entry.margin / moduleW)) + ctx.attempt
  // A 2N pair must carry the whole load on either side: both sides grow alike.
  const sides = [ups, ...chain.upsSystems.filter((u) => u.id === ups.partnerId)]
  const over = sides.find((u) => u.moduleCount + modules > MAX_MODULES)
  if (over)
    return {
      unresolved: `"${over.id}" would need ${over.moduleCount + modules} modules, more than ${MAX_MODULES}: a new UPS system is a design change`,
    }
  return {
    action: 'addUpsModules',
    target: sides.map((u) => u.id).join(', '),
    changes: sides.map((u) => ({
      into: 'deployments',
      spec: { kind: 'upsModules', date: ctx.date, ups: u.id, modules },
    })),
    detail:
      `the output ${loadAgainstLimit(worst.entry)} at ${worst.entry.redundancy} (month ${worst.month.toFixed(0)}, p90 path); ${modules} × ${kw(moduleW)} ` +
      `module${modules > 1 ? 's' : ''} to ${sides.map((u) => u.id).join(' and ')}`,
  }
}

/**
 * "reaches X against Y usable", or, for an A/B PDU or a 2N UPS side, what it would carry once its partner failed
 * against its rating: the usable figure there is the rating less the partner's load, which shrinks as load grows
 * and reads as nonsense on its own ("107 kW against 17.7 kW usable").
 */
function loadAgainstLimit(entry: LedgerEntry): string {
  const after = entry.afterFailure
  return after
    ? `would carry ${kw(after.used)} with its partner failed, against its ${kw(after.capacity)} rating`
    : `reaches ${kw(entry.used)} against ${kw(entry.designLimit)} usable`
}

/** A PDU id like `id` ("pdu-a2" after "pdu-a1") that no PDU or UPS has. */
function newPduId(id: string, taken: Set<string>): string {
  const match = /^(.*?)(\d+)$/.exec(id)
  for (let n = match ? Number(match[2]) + 1 : 2; ; n++) {
    const candidate = match ? `${match[1]}${n}` : `${id}-${n}`
    if (!taken.has(candidate)) return candidate
  }
}

/**
 * rebalanceFeeds when another PDU's design margin takes the moved racks (twice their cord load for a dual-corded
 * rack, which fails over onto it), else addPdu: a PDU like this one on the same UPS takes half its load.
 */
export function advisePdu(ctx: ActionContext): Outcome {
  const asOf = segmentAt(ctx.plan, ctx.month).scenario
  const spec = asOf.powerChain?.pdus.find((p) => p.id === ctx.line.asset)
  const worst = worstEntry(ctx.plan, ctx.line.id, ctx.month)
  if (!asOf.powerChain || !spec || !worst)
    return { unresolved: `PDU "${ctx.line.asset}" is not in the hall on ${ctx.date}` }
  const world = worldAt(ctx.plan, worst.month)
  const { chain, flow } = world.electrical
  if (!chain || !flow) return { unresolved: 'no power chain in the settled hall' }
  const p = chain.pduIds.indexOf(spec.id)
  const present = new Set(asOf.racks.map((r) => r.id))
  // This PDU's racks present on the date, heaviest cord first.
  const racks = chain.rackIds
    .map((id, i) => ({ id, i, a: chain.rackPduA[i], b: chain.rackPduB[i] }))
    .filter((r) => present.has(r.id) && (r.a === p || r.b === p))
    .map((r) => ({ ...r, w: r.a === p ? flow.rackFeedAW[r.i] : flow.rackFeedBW[r.i] }))
    .sort((x, y) => y.w - x.w || (x.id < y.id ? -1 : 1))
  const deficitW = -worst.entry.margin
  const margins = new Map(
    ledgerOf(world)
      .filter((e) => e.kind === 'pdu')
      .map((e) => [e.assetId, e.margin]),
  )
  const take = (targetOk: (r: (typeof racks)[number]) => boolean, enoughW: number, roomW = Infinity) => {
    const moved: typeof racks = []
    let w = 0
    let cost = 0
    for (const r of racks) {
      if (w >= enoughW) break
      const c = r.w * (r.b >= 0 ? 2 : 1)
      if (!targetOk(r) || cost + c > roomW) continue
      moved.push(r)
      w += r.w
      cost += c
    }
    return w >= enoughW ? moved : null
  }
  const feedsTo = (moved: typeof racks, target: string): ScenarioChange[] => {
    const groups = new Map<string, string[]>()
    for (const r of moved) {
      const a = r.a === p ? target : chain.pduIds[r.a]
      const b = r.b < 0 ? undefined : r.b === p ? target : chain.pduIds[r.b]
      const key = `${a}|${b ?? ''}`
      groups.set(key, [...(groups.get(key) ?? []), r.id])
    }
    return [...groups].map(([key, ids]) => {
      const [pduA, pduB] = key.split('|')
      const feed = pduB ? { racks: ids, pduA, pduB } : { racks: ids, pduA }
      return { into: 'deployments', spec: { kind: 'feeds', date: ctx.date, feed } }
    })
  }
  const enoughW = deficitW * (1 + ctx.attempt)
  if (ctx.attempt === 0)
    for (const target of chain.pduIds
      .filter((id, q) => q !== p && (margins.get(id) ?? 0) > 0)
      .sort((x, y) => margins.get(y)! - margins.get(x)! || (x < y ? -1 : 1))) {
      const q = chain.pduIds.indexOf(target)
      const moved = take((r) => r.a !== q && r.b !== q, enoughW, margins.get(target)!)
      if (moved)
        return {
          action: 'rebalanceFeeds',
          target: spec.id,
          changes: feedsTo(moved, target),
          detail:
            `${spec.id} ${loadAgainstLimit(worst.entry)} (month ` +
            `${worst.month.toFixed(0)}, p90 path, failover included): ${moved.length} rack cord(s) ` +
            `(${moved.map((r) => r.id).join(', ')}, ${kw(moved.reduce((s, r) => s + r.w, 0))}) move to ${target}, ` +
            `which has ${kw(margins.get(target)!)} of margin`,
        }
    }
  // New PDUs like this one share its cords evenly: each then carries used/(k+1), and as much again when the
  // other side fails for dual-corded racks, so k + 1 ≥ used·(2 or 1)/rating.
  const dual = racks.some((r) => r.b >= 0) ? 2 : 1
  const count = Math.max(1, Math.ceil((dual * worst.entry.used) / (spec.capacityKw * 1000)) - 1) + ctx.attempt
  const taken = facilityIds(ctx.scenario)
  const ids: string[] = []
  for (let k = 0; k < count; k++) {
    ids.push(newPduId(ids[k - 1] ?? spec.id, taken))
    taken.add(ids[k])
  }
  // Heaviest cord first onto the least-loaded of the k + 1 PDUs (the old one keeps what lands on it).
  const loads = [spec.id, ...ids].map((id) => ({ id, w: 0, racks: [] as typeof racks }))
  // Racks deployed after the date take the old PDU (their feed entry): it starts with their load.
  chain.rackIds.forEach((id, i) => {
    if (present.has(id)) return
    if (chain.rackPduA[i] === p) loads[0].w += flow.rackFeedAW[i]
    if (chain.rackPduB[i] === p) loads[0].w += flow.rackFeedBW[i]
  })
  for (const r of racks) {
    const least = loads.reduce((a, b) => (b.w < a.w ? b : a))
    least.w += r.w
    least.racks.push(r)
  }
  return {
    action: 'addPdu',
    target: ids.join(', '),
    changes: [
      ...ids.map((id): ScenarioChange => ({
        into: 'deployments',
        spec: { kind: 'pdu', date: ctx.date, pdu: { ...spec, id } },
      })),
      ...loads.slice(1).flatMap((l) => feedsTo(l.racks, l.id)),
    ],
    detail:
      `${spec.id} ${loadAgainstLimit(worst.entry)} (month ` +
      `${worst.month.toFixed(0)}, p90 path, failover included) and no other PDU has the margin: ${count} PDU(s) ` +
      `like it on ${spec.upsId} (${ids.join(', ')}), ${kw(spec.capacityKw * 1000)} each, share its ${racks.length} ` +
      `rack cords: ${loads.map((l) => `${l.id} ${kw(l.w)}`).join(', ')}`,
  }
}

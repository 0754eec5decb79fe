// Judging a settled world for a placement: which lines it breaks that were not broken before (or that it
// loads), and the margins left on the lines it touches and on every inlet.
import type { Command } from '../../commands.ts'
import { ASHRAE_CLASSES, RECOMMENDED_DRY_BULB_C } from '../../metrics/ashrae.ts'
import type { World } from '../../model/world.ts'
import { entryKey, ledgerOf, type LedgerEntry } from '../ledger/index.ts'
import { INLET_KINDS } from './lines.ts'
import type { BindingLine } from './types.ts'

/** The inlet limits a placement is held to, °C (undefined: the rack's ASHRAE class decides). */
export interface InletLimits {
  inletLimitC?: number
  failureInletLimitC?: number
}

/** A world read once: its lines, those broken, and the racks whose inlet is above the limit. */
export interface Scan {
  failure: Command | null
  entries: LedgerEntry[]
  broken: Map<string, LedgerEntry>
  /** Rack id → inlet, °C, of racks with servers above their limit. */
  hot: Map<string, number>
  rackIds: string[]
  serverCount: Uint32Array
  inletC: Float64Array
  limitC: Float64Array
}

/**
 * With everything in service a line is broken once it leaves ok (redundancy lost counts); under a single
 * failure only when over, since the failure has used the reserve (as breakingPoint judges it). Inlets are
 * judged per rack against the recommended maximum in service and the allowable one under a failure (the Green
 * Grid's thermal conformance and resilience), or the limits given.
 */
export function scan(world: World, failure: Command | null, limits: InletLimits): Scan {
  const entries = ledgerOf(world)
  const broken = new Map<string, LedgerEntry>()
  for (const e of entries) {
    if (INLET_KINDS.has(e.kind)) continue
    if (failure ? e.state === 'over' : e.state !== 'ok') broken.set(entryKey(e), e)
  }
  const { racks, room } = world.scenario
  const limitC = Float64Array.from(racks, (rack) => {
    const name = rack.ashraeClass ?? room.ashraeClass
    return failure
      ? (limits.failureInletLimitC ?? ASHRAE_CLASSES[name].maxC)
      : (limits.inletLimitC ?? RECOMMENDED_DRY_BULB_C[name][1])
  })
  const hot = new Map<string, number>()
  racks.forEach((rack, i) => {
    if (world.rackServerCount[i] > 0 && world.rackInletC[i] > limitC[i]) hot.set(rack.id, world.rackInletC[i])
  })
  return {
    failure,
    entries,
    broken,
    hot,
    rackIds: racks.map((r) => r.id),
    serverCount: Uint32Array.from(world.rackServerCount),
    inletC: Float64Array.from(world.rackInletC),
    limitC,
  }
}

export interface Judgement {
  /** Why it is turned down (reason key, the line's key, the numbers), or null when nothing new breaks. */
  verdict: { reason: string; key: string; detail: string } | null
  /** Smallest margin over the touched lines and every judged inlet. */
  binding: BindingLine
  /** The same over the placement's own rack lines (budget, circuits, feed) and its racks' inlets. */
  local: BindingLine
}

/**
 * A rack's inlet counts towards a placement's headroom when the rack is one of its own or the placement raised it
 * by at least this much (its exhaust recirculating next door); otherwise the hall's hottest inlet, which a
 * placement far away barely moves, would bind every placement alike. Every inlet is still held to its limit.
 */
const INLET_TOUCH_K = 0.1

const LOCAL_KINDS = new Set(['rackPower', 'branchCircuit', 'abFeed'])
const fmt = (v: number, unit: string) =>
  unit === 'W' ? `${(v / 1000).toFixed(3)} kW` : `${v.toFixed(2)} ${unit}`

type Line = BindingLine & { local: boolean; breaks: boolean; reason: string }

/**
 * `after` (the placement applied) against `before` (the same failure, without it): a line breaks the placement
 * when it is broken after and either the placement loads it or it was not broken before; likewise a hot inlet
 * in one of its racks, or in a rack that was not hot before. Lines broken before and untouched are not its fault
 * and are left out of its margins.
 */
export function judge(
  after: Scan,
  before: Scan,
  touched: ReadonlySet<string>,
  racks: ReadonlySet<string>,
): Judgement {
  const failure = after.failure ?? undefined
  const prefix = failure ? 'n-1 ' : ''
  const lines: Line[] = []
  for (const e of after.entries) {
    // A failed asset carries nothing and has no limit left: it is the failure, not a margin.
    if (failure && e.limit <= 0 && e.used <= 0) continue
    const key = entryKey(e)
    const mine = touched.has(key) || !before.broken.has(key)
    if (!touched.has(key) && !(after.broken.has(key) && mine)) continue
    const limit = failure ? e.limit : e.designLimit
    const marginPct = failure ? (e.limit > 0 ? (100 * (e.limit - e.used)) / e.limit : -100) : e.marginPct
    const breaks = after.broken.has(key)
    lines.push({
      key,
      marginPct,
      used: e.used,
      limit,
      unit: e.unit,
      local: LOCAL_KINDS.has(e.kind),
      breaks,
      reason: `${prefix}${e.kind}:${e.state}`,
    })
  }
  after.rackIds.forEach((id, i) => {
    if (after.serverCount[i] === 0 || (before.hot.has(id) && !racks.has(id))) return
    const raised = after.inletC[i] - before.inletC[i] >= INLET_TOUCH_K
    if (!racks.has(id) && !raised && !after.hot.has(id)) return
    const inletC = after.inletC[i]
    const limit = after.limitC[i]
    lines.push({
      key: `inlet:${id}`,
      marginPct: (100 * (limit - inletC)) / limit,
      used: inletC,
      limit,
      unit: '°C',
      where: id,
      local: racks.has(id),
      breaks: after.hot.has(id),
      reason: `${prefix}inlet`,
    })
  })
  const smallest = (list: Line[]) => list.reduce((a, b) => (b.marginPct < a.marginPct ? b : a))
  const strip = ({ key, marginPct, used, limit, unit, where }: Line): BindingLine => ({
    key,
    marginPct,
    used,
    limit,
    unit,
    ...(where ? { where } : {}),
    ...(failure ? { failure } : {}),
  })
  const broken = lines.filter((l) => l.breaks)
  const worst = broken.length > 0 ? smallest(broken) : null
  const local = lines.filter((l) => l.local)
  return {
    verdict: worst && {
      reason: worst.reason,
      key: worst.key,
      detail: `${worst.key} at ${fmt(worst.used, worst.unit)} against ${fmt(worst.limit, worst.unit)}`,
    },
    binding: strip(smallest(lines)),
    local: strip(local.length > 0 ? smallest(local) : smallest(lines)),
  }
}

// NetBox power feeds → Plenum's power chain: each feed a rack cord (primary → A, redundant → B) on a PDU per panel
// and circuit rating, A PDUs on one UPS, B PDUs on its 2N partner. docs/hall.md#netbox-import
import type { PowerChainInput } from '../../model/powerChain/spec.ts'
import { idOf, uniqueIds } from './ids.ts'
import type { Inventory, NbPowerFeed } from './inventory.ts'

export interface Skip {
  what: string
  why: string
}

/** NetBox's √3 (dcim/models/power.py, PowerFeed.save), kept as written so stored values match to the watt. */
const NETBOX_SQRT3 = 1.732

/**
 * A feed's power, W, as NetBox computes `available_power` (before rounding): |V|·A·max_utilization/100, × 1.732 for
 * three phases. docs/hall.md#netbox-import
 */
export function feedAvailableW(
  feed: Pick<NbPowerFeed, 'voltageV' | 'amperageA' | 'maxUtilizationPct' | 'phase'>,
) {
  const phaseFactor = feed.phase === 'three-phase' ? NETBOX_SQRT3 : 1
  return Math.abs(feed.voltageV) * feed.amperageA * (feed.maxUtilizationPct / 100) * phaseFactor
}

/** Where a rack's cords go when NetBox has no feed for it (and others have): 230 V, 32 A, 80 %. */
export const ASSUMED_FEED = { voltageV: 230, amperageA: 32, maxUtilizationPct: 80, phase: 'single-phase' }

/** An assumed UPS or PDU is rated at the load it carries × this. */
export const ASSUMED_HEADROOM = 1.25

export interface PowerResult {
  /** Absent when no rack in the hall has a feed: the caller then uses a single UPS. */
  powerChain?: PowerChainInput
  feedsUsed: number
  /** Per NetBox rack id: the W of its A feed (its provisioned power). */
  rackFeedW: Map<number, number>
  skipped: Skip[]
  assumptions: string[]
}

const NOT_ENERGISED = new Set(['planned', 'offline'])

/** `hallRacks`: NetBox rack id → Plenum rack id for racks in the hall; `absent` says why another rack is not. */
export function mapPower(
  inventory: Inventory,
  hallRacks: Map<number, string>,
  absent: (rackId: number) => string,
  rackLoadW: Map<number, number>,
): PowerResult {
  const skipped: Skip[] = []
  const cords = new Map<number, { A?: string; B?: string }>()
  const rackFeedW = new Map<number, number>()
  const pdus = new Map<string, { id: string; side: 'A' | 'B'; feed: NbPowerFeed; totalW: number }>()
  const panelName = new Map(inventory.powerPanels.map((p) => [p.id, p.name]))
  const unique = uniqueIds()
  let feedsUsed = 0
  for (const feed of inventory.powerFeeds) {
    const what = `power feed "${feed.name}"`
    const why = refusal(feed, hallRacks, absent)
    if (why) {
      skipped.push({ what, why })
      continue
    }
    const rackId = feed.rackId as number
    const side = feed.type === 'redundant' ? 'B' : 'A'
    const rackCords = cords.get(rackId) ?? {}
    if (rackCords[side]) {
      skipped.push({
        what,
        why: `rack ${hallRacks.get(rackId)} already has ${side === 'A' ? 'an' : 'a'} ${side} feed (one A and one B cord)`,
      })
      continue
    }
    const key = [
      feed.panelId,
      side,
      Math.abs(feed.voltageV),
      feed.amperageA,
      feed.phase,
      feed.maxUtilizationPct,
    ].join('|')
    let pdu = pdus.get(key)
    if (!pdu) {
      const panel =
        feed.panelId === null ? 'unpaneled' : (panelName.get(feed.panelId) ?? `panel ${feed.panelId}`)
      pdu = { id: unique(idOf(`pdu-${panel}`, 'pdu')), side, feed, totalW: 0 }
      pdus.set(key, pdu)
    }
    const w = feedAvailableW(feed)
    pdu.totalW += w
    rackCords[side] = pdu.id
    cords.set(rackId, rackCords)
    if (side === 'A' || !rackFeedW.has(rackId)) rackFeedW.set(rackId, w)
    feedsUsed++
  }
  if (feedsUsed === 0) return { feedsUsed, rackFeedW, skipped, assumptions: [] }

  const assumptions: string[] = []
  const pduInputs: PowerChainInput['pdus'] = [...pdus.values()].map((p) => ({
    id: p.id,
    upsId: p.side === 'A' ? 'ups-a' : 'ups-b',
    capacityKw: kw(p.totalW),
    breakerRatingA: p.feed.amperageA,
    voltageV: Math.abs(p.feed.voltageV),
    phases: p.feed.phase === 'three-phase' ? 3 : 1,
    // NetBox's available power has no power factor: 1 keeps Plenum's feed limit equal to it.
    powerFactor: 1,
    continuousLoadFactor: p.feed.maxUtilizationPct / 100,
  }))
  const feeds: PowerChainInput['feeds'] = []
  const unfed: string[] = []
  let unfedLoadW = 0
  for (const [nbId, rackId] of hallRacks) {
    const c = cords.get(nbId)
    if (!c) {
      unfed.push(rackId)
      unfedLoadW += rackLoadW.get(nbId) ?? 0
    } else feeds.push({ racks: rackId, pduA: (c.A ?? c.B) as string, ...(c.A && c.B ? { pduB: c.B } : {}) })
  }
  const upsSystems: PowerChainInput['upsSystems'] = []
  const sideKw = (side: 'A' | 'B') => pduInputs.filter((p) => p.upsId === `ups-${side.toLowerCase()}`)
  const a = sideKw('A')
  const b = sideKw('B')
  // A 2N side carries the whole hall when its partner fails: both sides are rated for the larger.
  const pairKw = Math.max(...[a, b].map((s) => s.reduce((sum, p) => sum + p.capacityKw, 0)))
  if (a.length > 0 && b.length > 0)
    upsSystems.push(
      { id: 'ups-a', capacityKw: kw(pairKw * 1000), redundancy: '2N', partnerId: 'ups-b' },
      { id: 'ups-b', capacityKw: kw(pairKw * 1000), redundancy: '2N', partnerId: 'ups-a' },
    )
  else upsSystems.push({ id: a.length > 0 ? 'ups-a' : 'ups-b', capacityKw: kw(pairKw * 1000) })
  if (unfed.length > 0) {
    const perRackW = feedAvailableW(ASSUMED_FEED)
    // Sized to what those racks draw (+ 25 %), not to their cords: an invented UPS should not add idle losses.
    const assumedKw = kw(unfedLoadW * ASSUMED_HEADROOM)
    upsSystems.push({ id: 'ups-assumed', capacityKw: assumedKw })
    pduInputs.push({
      id: 'pdu-assumed',
      upsId: 'ups-assumed',
      capacityKw: assumedKw,
      breakerRatingA: ASSUMED_FEED.amperageA,
      voltageV: ASSUMED_FEED.voltageV,
      phases: 1,
      powerFactor: 1,
      continuousLoadFactor: ASSUMED_FEED.maxUtilizationPct / 100,
    })
    feeds.push({ racks: unfed, pduA: 'pdu-assumed' })
    assumptions.push(
      `${unfed.length} racks have no power feed in NetBox: each gets one assumed 230 V 32 A cord at 80 % ` +
        `(${perRackW} W) on pdu-assumed, and it on a ${assumedKw} kW UPS (their load + 25 %)`,
    )
  }
  upsSystems.sort((x, y) => (x.id < y.id ? -1 : 1))
  return { powerChain: { upsSystems, pdus: pduInputs, feeds }, feedsUsed, rackFeedW, skipped, assumptions }
}

const kw = (w: number) => Math.max(1, Math.ceil(w / 10) / 100)

function refusal(feed: NbPowerFeed, hallRacks: Map<number, string>, absent: (id: number) => string) {
  if (feed.rackId === null) return 'not connected to a rack'
  if (!hallRacks.has(feed.rackId)) return absent(feed.rackId)
  if (NOT_ENERGISED.has(feed.status)) return `status "${feed.status}": not energised`
  const v = Math.abs(feed.voltageV)
  if (v < 100 || v > 1000) return `${feed.voltageV} V: Plenum's circuits are 100–1000 V`
  if (feed.amperageA < 1 || feed.amperageA > 1000)
    return `${feed.amperageA} A: Plenum's breakers are 1–1000 A`
  if (feed.maxUtilizationPct < 50 || feed.maxUtilizationPct > 100)
    return `max_utilization ${feed.maxUtilizationPct} %: Plenum's continuous-load share is 50–100 %`
  return null
}

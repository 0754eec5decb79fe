// Which capacity lines a rack's added servers load, and by what share of their power: the lines a placement
// "touches", whose margins rank it.
import type { World } from '../../model/world.ts'
import { entryKey, type LedgerEntry } from '../ledger/index.ts'

/** A ledger line (entryKey) and the share of a rack's added power it carries. */
export interface LineShare {
  key: string
  share: number
}

/** Kinds every placement loads, wherever it goes: the hall's cooling and its units. */
export const HALL_KINDS = new Set(['cooling', 'coolingUnit'])

/** Kinds that judge inlets: a placement is held to its own inlet limit instead (judge.ts). */
export const INLET_KINDS = new Set(['inletRecommended', 'inletAllowable'])

/**
 * The power-path lines of rack `i`: its budget; each cord's branch circuit (half the added power on each of an
 * A/B pair, as the chain splits it); its A/B feed; its PDUs and their UPS systems. A PDU or UPS line takes the
 * whole added power even on an A/B pair: half comes on at once and the other half is what the ledger's design
 * limit holds back for failover, so the design margin shrinks by all of it.
 */
export function rackLines(world: Pick<World, 'scenario' | 'electrical'>, i: number): LineShare[] {
  const rackId = world.scenario.racks[i].id
  const lines: LineShare[] = [{ key: `rackPower:${rackId}`, share: 1 }]
  const chain = world.electrical.chain
  if (!chain) {
    if (world.scenario.electrical) lines.push({ key: 'ups:ups', share: 1 })
    return lines
  }
  const pdus = [chain.rackPduA[i], chain.rackPduB[i]].filter((p) => p >= 0)
  const cordShare = 1 / pdus.length
  for (const p of pdus) lines.push({ key: `branchCircuit:${chain.pduIds[p]}/${rackId}`, share: cordShare })
  if (pdus.length === 2) lines.push({ key: `abFeed:${rackId}`, share: 1 })
  for (const p of pdus) lines.push({ key: `pdu:${chain.pduIds[p]}`, share: 1 })
  for (const u of new Set(pdus.map((p) => chain.pduUps[p])))
    lines.push({ key: `ups:${chain.upsIds[u]}`, share: 1 })
  return lines
}

/** The lines racks `racks` load: their own and the hall-wide ones found in `entries`, each key once. */
export function touchedLines(
  world: Pick<World, 'scenario' | 'electrical'>,
  racks: readonly number[],
  entries: readonly LedgerEntry[],
): Set<string> {
  const keys = new Set<string>()
  for (const i of racks) for (const line of rackLines(world, i)) keys.add(line.key)
  for (const e of entries) if (HALL_KINDS.has(e.kind)) keys.add(entryKey(e))
  return keys
}

/** Hall-wide lines of `entries` with share 1 (every added watt is heat the coils remove). */
export const hallLines = (entries: readonly LedgerEntry[]): LineShare[] =>
  entries.filter((e) => HALL_KINDS.has(e.kind)).map((e) => ({ key: entryKey(e), share: 1 }))

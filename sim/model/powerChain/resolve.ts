// Cross-references of a power chain spec (ids, partners, feeds → racks) that the schema alone cannot check.
import { isPaired, REDUNDANCY_CODES, spareModules } from './capacity.ts'
import type { PowerChainSpec } from './spec.ts'

/** Receives one problem: a path inside the power chain section and a one-line message. */
export type Report = (path: PropertyKey[], message: string) => void

/** True when `pattern` (a rack id, "prefix*" or "*") names `rackId`. */
export function matchesRack(pattern: string, rackId: string): boolean {
  return pattern.endsWith('*') ? rackId.startsWith(pattern.slice(0, -1)) : rackId === pattern
}

const patternsOf = (racks: string | string[]): string[] => (typeof racks === 'string' ? [racks] : racks)

/** Per rack, the index of the first `feeds` entry that matches it, or -1. */
export function feedEntryOfRack(spec: PowerChainSpec, rackIds: readonly string[]): Int32Array {
  const entry = new Int32Array(rackIds.length).fill(-1)
  rackIds.forEach((rackId, i) => {
    entry[i] = spec.feeds.findIndex((feed) => patternsOf(feed.racks).some((p) => matchesRack(p, rackId)))
  })
  return entry
}

/**
 * Reports every cross-reference problem: ids unique across UPS systems and PDUs, PDUs naming a UPS,
 * 2N partners naming each other with the same redundancy, spares having modules to spare, feeds naming
 * PDUs, each feed pattern matching a rack and each rack matching a feed. Paths are relative to the section.
 */
export function checkPowerChainSpec(spec: PowerChainSpec, rackIds: readonly string[], report: Report): void {
  const kind = new Map<string, 'ups' | 'pdu'>()
  const claim = (assetId: string, k: 'ups' | 'pdu', path: PropertyKey[]) => {
    if (kind.has(assetId)) report(path, `id "${assetId}" is used twice (UPS systems and PDUs share ids)`)
    else kind.set(assetId, k)
  }
  spec.upsSystems.forEach((ups, u) => claim(ups.id, 'ups', ['upsSystems', u, 'id']))
  spec.pdus.forEach((pdu, p) => claim(pdu.id, 'pdu', ['pdus', p, 'id']))
  const upsById = new Map(spec.upsSystems.map((ups) => [ups.id, ups]))

  spec.upsSystems.forEach((ups, u) => {
    const code = REDUNDANCY_CODES.indexOf(ups.redundancy)
    if (spareModules(code) > 0 && ups.moduleCount < 2)
      report(['upsSystems', u, 'moduleCount'], `${ups.redundancy} needs at least 2 modules`)
    const path = ['upsSystems', u, 'partnerId']
    if (!isPaired(code)) {
      if (ups.partnerId !== undefined)
        report(path, `partnerId applies only to 2N and 2(N+1), not ${ups.redundancy}`)
      return
    }
    const partner = ups.partnerId === undefined ? undefined : upsById.get(ups.partnerId)
    if (ups.partnerId === undefined) report(path, `${ups.redundancy} needs a partnerId naming the other side`)
    else if (!partner) report(path, `no UPS system has id "${ups.partnerId}"`)
    else if (partner.id === ups.id) report(path, 'a UPS system cannot be its own partner')
    else if (partner.redundancy !== ups.redundancy)
      report(path, `partner "${partner.id}" is ${partner.redundancy}, not ${ups.redundancy}`)
    else if (partner.partnerId !== ups.id)
      report(path, `"${partner.id}" must name "${ups.id}" as its partnerId`)
  })

  spec.pdus.forEach((pdu, p) => {
    if (kind.get(pdu.upsId) !== 'ups') report(['pdus', p, 'upsId'], `no UPS system has id "${pdu.upsId}"`)
  })

  spec.feeds.forEach((feed, f) => {
    for (const side of ['pduA', 'pduB'] as const) {
      const pduId = feed[side]
      if (pduId !== undefined && kind.get(pduId) !== 'pdu')
        report(['feeds', f, side], `no PDU has id "${pduId}"`)
    }
    if (feed.pduA === feed.pduB) report(['feeds', f, 'pduB'], 'the A and B cords need different PDUs')
    patternsOf(feed.racks).forEach((pattern, k) => {
      // A hall with no racks yet keeps its feeds for the racks to come.
      if (rackIds.length > 0 && !rackIds.some((rackId) => matchesRack(pattern, rackId)))
        report(
          typeof feed.racks === 'string' ? ['feeds', f, 'racks'] : ['feeds', f, 'racks', k],
          `"${pattern}" matches no rack`,
        )
    })
  })

  const entry = feedEntryOfRack(spec, rackIds)
  const unfed = rackIds.filter((_, i) => entry[i] < 0)
  if (unfed.length > 0) {
    const named = unfed.slice(0, 5).map((rackId) => `"${rackId}"`)
    const more = unfed.length > 5 ? `, … (${unfed.length} in all)` : ''
    report(['feeds'], `no feeds entry matches rack ${named.join(', ')}${more}`)
  }
}

// Stranded capacity as rack colours: the hue says which resource binds the rack, the strength how much of the
// other resources that leaves unusable there (docs/forecast.md#stranded-capacity-per-rack).
import { Color, SRGBColorSpace } from 'three'
import type { RackResource, RackStranding } from '../../sim/forecast/ledger/index.ts'

export interface StrandedKey {
  resource: RackResource
  label: string
  hex: number
}

/**
 * One hue per binding resource, from Okabe & Ito's colour-blind-safe set (Color Universal Design, 2008), and
 * none of the inlet scale's greens, yellows or reds, so this mode is not read as temperature.
 */
export const STRANDED_KEYS: readonly StrandedKey[] = [
  { resource: 'coolingShare', label: 'Cooling share', hex: 0x56b4e9 },
  { resource: 'feed', label: 'Feed (one circuit)', hex: 0xe69f00 },
  { resource: 'rackPower', label: 'Rack power budget', hex: 0xcc79a7 },
  { resource: 'rackSpace', label: 'Rack space (U)', hex: 0xf0e442 },
]

/** What a rack fades to as nothing is stranded: the neutral rack colour of the other modes. */
export const STRANDED_NONE_HEX = 0x5b6473
/** A rack the summary does not list (added since it was computed). */
export const STRANDED_UNKNOWN_HEX = 0x2a2f3a
/** The weakest colour still shows its hue, so a rack that strands little is not read as unknown. */
const FLOOR = 0.3

/** Mean share (0..1) of the non-binding resources' capacity the binding one leaves unusable at this rack. */
export function strandedShareOf(rack: RackStranding): number {
  const others = rack.resources.filter((r) => r.resource !== rack.binding)
  if (others.length === 0) return 0
  const pct = others.reduce((sum, r) => sum + Math.min(Math.max(r.strandedPct, 0), 100), 0) / others.length
  return pct / 100
}

/** The key of a binding resource. */
export const keyOf = (resource: RackResource): StrandedKey =>
  STRANDED_KEYS.find((k) => k.resource === resource) ?? STRANDED_KEYS[0]

const channel = (hex: number, shift: number) => ((hex >> shift) & 0xff) / 255

/** Colour for a binding hue at stranded share `share` (0..1): neutral grey mixed towards the hue, in sRGB. */
export function mixStranded(hex: number, share: number, out: Color): Color {
  const t = FLOOR + (1 - FLOOR) * Math.min(Math.max(share, 0), 1)
  const mix = (s: number) =>
    channel(STRANDED_NONE_HEX, s) + (channel(hex, s) - channel(STRANDED_NONE_HEX, s)) * t
  return out.setRGB(mix(16), mix(8), mix(0), SRGBColorSpace)
}

/** Writes the colour of one rack into `out`; undefined (not in the summary) is the unknown colour. */
export function strandedColor(rack: RackStranding | undefined, out: Color): Color {
  if (!rack) return out.setHex(STRANDED_UNKNOWN_HEX, SRGBColorSpace)
  return mixStranded(keyOf(rack.binding).hex, strandedShareOf(rack), out)
}

/** Per rack of the hall (by id, in the hall's order), its stranding from the summary, or undefined. */
export function strandingsFor(
  rackIds: readonly string[],
  byRack: readonly RackStranding[],
): (RackStranding | undefined)[] {
  const byId = new Map(byRack.map((r) => [r.rackId, r]))
  return rackIds.map((id) => byId.get(id))
}

/** How many of the hall's racks each resource binds, in STRANDED_KEYS order, for the legend. */
export function bindingCounts(strandings: readonly (RackStranding | undefined)[]): number[] {
  return STRANDED_KEYS.map((k) => strandings.filter((s) => s?.binding === k.resource).length)
}

/** CSS gradient from nothing stranded to all of it, for one binding hue. */
export function strandedGradientCss(hex: number): string {
  const css = (share: number) => `#${mixStranded(hex, share, new Color()).getHexString(SRGBColorSpace)}`
  return `linear-gradient(to right, ${css(0)}, ${css(0.5)}, ${css(1)})`
}

// A comparison read for the page: A and B flipped when asked, racks matched by id, per-rack Δ inlet at a sample,
// and the KPI rows A | B | Δ. Pure functions of the worker's answer. docs/compare.md#reading-a-comparison
import type { Comparison, ComparedRun, MapRack } from '../../workers/protocol.ts'

/** The two runs in the order shown: `ref` is the reference (A), `other` (B) is compared against it. */
export interface Sides {
  ref: ComparedRun
  other: ComparedRun
}

export const sidesOf = (c: Comparison, flipped: boolean): Sides =>
  flipped ? { ref: c.b, other: c.a } : { ref: c.a, other: c.b }

/** A rack both halls have (by id), with its index in each and its place in the reference hall. */
export interface MatchedRack {
  rack: MapRack
  indexRef: number
  indexOther: number
}

export interface RackMatch {
  matched: MatchedRack[]
  /** Racks of one hall only. */
  onlyRef: number
  onlyOther: number
}

/** Racks matched by id: a hall with other rack ids is still compared on the racks both have. */
export function matchRacks(ref: readonly MapRack[], other: readonly MapRack[]): RackMatch {
  const indexOther = new Map(other.map((r, k) => [r.id, k]))
  const matched = ref.flatMap((rack, indexRef) => {
    const k = indexOther.get(rack.id)
    return k === undefined ? [] : [{ rack, indexRef, indexOther: k }]
  })
  return { matched, onlyRef: ref.length - matched.length, onlyOther: other.length - matched.length }
}

/** B's inlet minus A's at sample k for every matched rack, K (same order as `match.matched`). */
export function deltaAt(sides: Sides, match: RackMatch, k: number): number[] {
  const [nRef, nOther] = [sides.ref.racks.length, sides.other.racks.length]
  return match.matched.map(
    (m) => sides.other.rackInletC[k * nOther + m.indexOther] - sides.ref.rackInletC[k * nRef + m.indexRef],
  )
}

/**
 * Δ per rack of the hall on screen (scenario order), for the 3D 'compare' colours: NaN for a rack not in
 * both compared halls. Null when none of its racks is in both.
 */
export function deltaForHall(
  hallRackIds: readonly string[],
  match: RackMatch,
  deltaC: readonly number[],
): number[] | null {
  const byId = new Map(match.matched.map((m, k) => [m.rack.id, deltaC[k]]))
  const out = hallRackIds.map((id) => byId.get(id) ?? NaN)
  return out.some((v) => !Number.isNaN(v)) ? out : null
}

export type KpiFormat = 'kwh' | 'ratio' | 'celsius' | 'duration' | 'count' | 'money'

export interface KpiRow {
  id: string
  label: string
  format: KpiFormat
  ref: number
  other: number
  /** other − ref; NaN when either is (a PUE without IT energy). */
  delta: number
}

/** The KPI table's rows; energy cost only when both runs have a tariff in the same currency. */
export function kpiRows({ ref, other }: Sides): KpiRow[] {
  const row = (id: string, label: string, format: KpiFormat, read: (r: ComparedRun) => number): KpiRow => {
    const [a, b] = [read(ref), read(other)]
    return { id, label, format, ref: a, other: b, delta: b - a }
  }
  const rows = [
    row('it', 'IT energy', 'kwh', (r) => r.summary.itEnergyKwh),
    row('facility', 'Facility energy', 'kwh', (r) => r.summary.facilityEnergyKwh),
    row('pue', 'PUE', 'ratio', (r) => r.summary.pue),
    row('peak', 'Peak inlet', 'celsius', (r) => r.summary.peakInletC),
    row('above27', 'Time above 27 °C', 'duration', (r) => r.summary.aboveRecommendedS),
    row('trips', 'Server trips', 'count', (r) => r.summary.serverTrips),
    row('conditions', 'Conditions raised', 'count', (r) => conditionsRaised(r)),
  ]
  const priced = ref.energyCost !== null && other.energyCost !== null && ref.currency === other.currency
  if (priced) rows.push(row('cost', `Energy cost (${ref.currency})`, 'money', (r) => r.energyCost ?? NaN))
  return rows
}

const conditionsRaised = (r: ComparedRun) =>
  r.summary.powerConditionsRaised + r.summary.coolingConditionsRaised + r.summary.climateConditionsRaised

/**
 * The sample where some matched rack's |Δ| is largest, and that Δ (K): where the map opens, since the end of the
 * horizon may be after the runs have converged again (crah-failure.json: +8.5 K at 14:20, +0.01 K at 24 h).
 */
export function largestDelta(sides: Sides, match: RackMatch): { k: number; deltaK: number } {
  let best = { k: 0, deltaK: 0 }
  const samples = Math.min(sides.ref.series.timeS.length, sides.other.series.timeS.length)
  for (let k = 0; k < samples; k++)
    for (const d of deltaAt(sides, match, k)) if (Math.abs(d) > Math.abs(best.deltaK)) best = { k, deltaK: d }
  return best
}

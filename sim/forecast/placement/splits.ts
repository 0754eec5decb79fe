// Placements split over several racks, for when no single rack holds all the servers: greedy fills in order
// of estimated headroom, each verified whole; a set that breaks a rack's line drops the racks on that line.
import { greedyFill, type Candidate, type Margins } from './estimate.ts'
import { HALL_KINDS } from './lines.ts'
import { stack, type RackSlots } from './slots.ts'
import type { Verified } from './verify.ts'

export interface SplitSearch {
  /** Candidates with free slots, best estimated headroom first. */
  open: readonly Candidate[]
  count: number
  margins: Margins
  uHeight: number
  /** Placements still wanted, and verifications left in the budget. */
  wanted: () => number
  budgetLeft: () => number
  /** Placements accepted so far (by any search). */
  accepted: () => number
  /** Simulates a set (and records it as accepted or rejected). */
  tryOne: (slots: RackSlots[]) => Verified
}

/**
 * Fills racks greedily (estimate.ts), verifies the set; an accepted set drops its first rack so the next set
 * differs, a rejected one drops the racks that load the broken line (the hot rack for an inlet) and tries again.
 * While nothing is accepted and the estimate finds no set, one is filled by free slots alone, so simulation names
 * what breaks. Stops at
 * a hall-wide line (cooling), which no other choice of racks relieves, at a set already tried, or when the
 * budget or the candidates run out.
 */
export function searchSplits(search: SplitSearch): void {
  const { open, count, margins, uHeight, wanted, budgetLeft, accepted, tryOne } = search
  const dropped = new Set<Candidate>()
  const tried = new Set<string>()
  while (wanted() > 0 && budgetLeft() > 0) {
    const pool = open.filter((c) => !dropped.has(c))
    const fill =
      greedyFill(pool, count, margins) ?? (accepted() === 0 ? greedyFill(pool, count, margins, true) : null)
    if (!fill) return
    const members = [...fill.keys()]
    const slots = members.map((c) => stack(c.rack, c.runs, uHeight, fill.get(c)!)!)
    const id = JSON.stringify(slots)
    if (tried.has(id)) return
    tried.add(id)
    const result = tryOne(slots)
    const verdict = result.allIn.verdict ?? result.failureVerdict
    if (!verdict) {
      dropped.add(members[0])
      continue
    }
    const kind = verdict.key.slice(0, verdict.key.indexOf(':'))
    if (HALL_KINDS.has(kind)) return
    const blamed = members.filter((c) =>
      kind === 'inlet' ? verdict.key === `inlet:${c.rack}` : c.lines.some((l) => l.key === verdict.key),
    )
    if (blamed.length === 0) return
    for (const c of blamed) dropped.add(c)
  }
}

// What the timeline marks: the run's events (and forecast crossings that fall inside the run) as markers, grouped
// where they would draw on top of each other. Pure; tested. (Alarm jumps: src/state/alarmJump.ts.)
import type { RunEvent, RunEventKind, RunEventSeverity } from '../../../sim/history/types.ts'

export interface TimelineMarker {
  atS: number
  kind: RunEventKind
  severity: RunEventSeverity
  /** The hover title: what happened (several lines when markers were grouped). */
  title: string
  /** How many events this marker stands for. */
  count: number
}

/** A forecast crossing placed on the run's time axis (s since the start). */
export interface CrossingMark {
  atS: number
  id: string
}

const RANK: Record<RunEventSeverity, number> = { alarm: 2, warning: 1, info: 0 }

// Commands that only change a setting are in the event log, not on the track: a slider dragged through a setpoint
// sweep would bury the failures between its marks.
const UNMARKED: ReadonlySet<RunEventKind> = new Set(['setting'])

/** One marker per event worth seeing on the track, plus one per crossing, oldest first. */
export function markersOf(events: readonly RunEvent[], crossings: readonly CrossingMark[]): TimelineMarker[] {
  const marks: TimelineMarker[] = events
    .filter((e) => !UNMARKED.has(e.kind))
    .map((e) => ({
      atS: e.atS,
      kind: e.kind,
      // A condition clearing is good news: marked, but never in alarm colours.
      severity: e.transition === 'cleared' ? 'info' : e.severity,
      title: e.text,
      count: 1,
    }))
  for (const c of crossings)
    marks.push({
      atS: c.atS,
      kind: 'crossing',
      severity: 'warning',
      title: `Forecast: ${c.id} crossed`,
      count: 1,
    })
  return marks.sort((a, b) => a.atS - b.atS)
}

/** Titles listed in a grouped marker before "and N more". */
const TITLE_LINES = 4

/**
 * Markers within one `bucketS` slot drawn as one: the most severe kind shows, the title lists the first few.
 * The slot is a fixed share of the run so a marker stays where it was as the present moves on by a little.
 */
export function groupMarkers(marks: readonly TimelineMarker[], bucketS: number): TimelineMarker[] {
  if (!(bucketS > 0)) return [...marks]
  const out: TimelineMarker[] = []
  const lines: string[][] = []
  let slot = Number.NaN
  for (const m of marks) {
    const s = Math.floor(m.atS / bucketS)
    const last = out[out.length - 1]
    if (last && s === slot) {
      if (RANK[m.severity] > RANK[last.severity]) Object.assign(last, { severity: m.severity, kind: m.kind })
      last.count += m.count
      lines[lines.length - 1].push(m.title)
      continue
    }
    slot = s
    out.push({ ...m })
    lines.push([m.title])
  }
  out.forEach((m, i) => {
    const l = lines[i]
    m.title =
      l.slice(0, TITLE_LINES).join('\n') +
      (l.length > TITLE_LINES ? `\nand ${l.length - TITLE_LINES} more` : '')
  })
  return out
}

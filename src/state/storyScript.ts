// The story's script: milestones [{atS, preset, caption, holdS}] built from a growth forecast (capacity added, the
// first limits crossed, failures ridden out) or from a live run's events. Pure: the same inputs, the same script.
// docs/story.md#the-script
import { MONTH_S } from '../../sim/forecast/growth/index.ts'
import type { RackPlan } from '../../sim/forecast/plan/index.ts'
import type { ForecastSummary } from '../../sim/forecast/run/index.ts'
import type { RunEvent } from '../../sim/history/types.ts'
import type { ViewName } from '../scene/views.ts'
import { kindLabel } from '../ui/forecast/kindLabels.ts'

export interface StoryBeat {
  /** Simulated seconds since the scenario start at which the caption appears. */
  atS: number
  /** The camera view the hall glides to when the beat is reached. */
  preset: ViewName
  caption: string
  /** Wall seconds the story holds on the caption before time moves on. */
  holdS: number
}

/** Wall seconds a caption is held: long enough to read a line of about twelve words aloud. */
export const HOLD_S = 3
/** At most this many crossings get a caption: an executive hears the first few; the rest are in the Forecast tab. */
export const MAX_CROSSINGS = 3

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Mar 2027": the calendar month of an instant (UTC). */
export function monthYear(epochS: number): string {
  const d = new Date(epochS * 1000)
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Inlet lines are seen best from inside a cold aisle; everything else from above the whole hall. */
const presetOfKind = (kind: string): ViewName => (kind.startsWith('inlet') ? 'aisle' : 'overview')

/**
 * The forecast's milestones, in time order: the opening, each deployment of racks or cooling units (the rack plan),
 * the first MAX_CROSSINGS lines crossed at their median month, and, when failures were sampled and none caused a
 * crossing, one beat halfway saying they were ridden out.
 */
export function forecastScript(
  summary: ForecastSummary,
  plan: RackPlan | null,
  startEpochS: number,
): StoryBeat[] {
  const endS = summary.months * MONTH_S
  const beats: StoryBeat[] = [
    {
      atS: 0,
      preset: 'overview',
      caption: `${monthYear(startEpochS)}: the hall today, and ${summary.months} months of growth ahead`,
      holdS: HOLD_S,
    },
  ]
  const within = (epochS: number) => epochS > startEpochS && epochS - startEpochS < endS
  for (const g of plan?.groups ?? []) {
    const epochS = Date.parse(`${g.date}T00:00:00Z`) / 1000
    if (!within(epochS)) continue
    beats.push({
      atS: epochS - startEpochS,
      preset: 'overview',
      caption: `${monthYear(epochS)}: capacity added, ${plural(g.rackIds.length, 'rack', 'racks')} in row ${g.rowId}`,
      holdS: HOLD_S,
    })
  }
  for (const u of plan?.units ?? []) {
    if (!within(u.fromEpochS)) continue
    beats.push({
      atS: u.fromEpochS - startEpochS,
      preset: 'plan',
      caption: `${monthYear(u.fromEpochS)}: cooling unit ${u.id} installed (${u.capacityKw} kW)`,
      holdS: HOLD_S,
    })
  }
  const crossed = summary.resources.filter((r) => r.firstCrossing.p50 !== null).slice(0, MAX_CROSSINGS)
  for (const r of crossed) {
    const atS = r.firstCrossing.p50! * MONTH_S
    beats.push({
      atS,
      preset: presetOfKind(r.kind),
      caption: `${monthYear(startEpochS + atS)}: limit crossed, ${r.asset} (${kindLabel(r.kind)})`,
      holdS: HOLD_S,
    })
  }
  const f = summary.failures
  const causedCrossing = summary.resources.some((r) => r.failureShare > 0)
  if (f.sampled && f.meanOutages > 0 && !causedCrossing)
    beats.push({
      atS: endS / 2,
      preset: 'overview',
      caption: `Failures ridden out: about ${Math.round(f.meanOutages)} equipment failures in ${summary.months} months, no limit crossed by them`,
      holdS: HOLD_S,
    })
  // A stable sort keeps deployments before a crossing of the same instant: cause before effect.
  return beats.sort((a, b) => a.atS - b.atS)
}

/** Event kinds a live story captions: what a manager would call a milestone, not every condition flicker. */
const CAPTIONED = new Set(['failure', 'restore', 'trip', 'outage', 'overload', 'redundancy'])

/**
 * A live run's milestones: the opening, then each failure, restore, trip, outage, overload or lost redundancy as
 * it was raised (cleared conditions and instants other than these are left out), within [0, durationS].
 */
export function liveScript(events: readonly RunEvent[], durationS: number, startEpochS: number): StoryBeat[] {
  const beats: StoryBeat[] = [
    {
      atS: 0,
      preset: 'overview',
      caption: `${monthYear(startEpochS)}: ${plural(Math.round(durationS / 86_400), 'day', 'days')} of the hall at high speed`,
      holdS: HOLD_S,
    },
  ]
  for (const e of events) {
    if (!CAPTIONED.has(e.kind) || e.transition === 'cleared' || e.atS > durationS) continue
    const ridden = e.kind === 'restore' ? ': failure ridden out' : ''
    beats.push({
      atS: e.atS,
      preset: e.asset.kind === 'rack' ? 'aisle' : 'overview',
      caption: `${e.text}${ridden}`,
      holdS: HOLD_S,
    })
  }
  return beats.sort((a, b) => a.atS - b.atS)
}

/** The index of the last beat at or before `atS` (−1 before the first). */
export function beatAt(script: readonly StoryBeat[], atS: number): number {
  let i = -1
  while (i + 1 < script.length && script[i + 1].atS <= atS) i++
  return i
}

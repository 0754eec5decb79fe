// What each kind of run event is called in the log, and which filter chip it sorts under.
import type { RunEvent, RunEventKind } from '../../../sim/history/types.ts'

/** The filter chips, in the order shown. 'forecast' holds forecast crossings and is shown only when it has any. */
export const EVENT_GROUPS = [
  'failures',
  'power',
  'cooling',
  'climate',
  'trips',
  'shadow',
  'forecast',
] as const
export type EventGroup = (typeof EVENT_GROUPS)[number]

export const GROUP_LABELS: Record<EventGroup, string> = {
  failures: 'Failures & restores',
  power: 'Power',
  cooling: 'Cooling',
  climate: 'Climate (ASHRAE)',
  trips: 'Trips',
  shadow: 'Shadow',
  forecast: 'Forecast',
}

/**
 * The chip an event sorts under. Overloads and lost redundancy are cooling events on the hall's cooling or a unit
 * and power events otherwise (a UPS, a PDU, or a rack on one feed or over its breaker): the kind alone does not
 * say which chain it is about (sim/history/conditionEvents.ts names the asset).
 */
export function groupOf(event: RunEvent): EventGroup {
  switch (event.kind) {
    case 'failure':
    case 'restore':
    case 'setting':
      return 'failures'
    case 'outage':
      return 'power'
    case 'overload':
    case 'redundancy':
      return event.asset.kind === 'hall' || event.asset.kind === 'unit' ? 'cooling' : 'power'
    case 'ashrae':
    case 'rateOfChange':
      return 'climate'
    case 'trip':
    case 'restart':
      return 'trips'
    case 'shadow':
      return 'shadow'
    case 'crossing':
      return 'forecast'
  }
}

// [raised or once, cleared]: what happened in plain words, short enough to follow the time and asset on one
// line of the 320 px panel (about 30 characters).
const WORDS: Record<RunEventKind, readonly [string, string]> = {
  failure: ['failed', 'failed'],
  restore: ['restored', 'restored'],
  setting: ['setting changed', 'setting changed'],
  trip: ['tripped: inlet too hot', 'tripped: inlet too hot'],
  restart: ['restarted', 'restarted'],
  overload: ['over its limit', 'back under its limit'],
  redundancy: ['redundancy lost', 'redundancy back'],
  outage: ['without power', 'power back'],
  ashrae: ['inlet outside ASHRAE limits', 'inlet back within ASHRAE'],
  rateOfChange: ['inlet changing too fast', 'inlet rate back to normal'],
  shadow: ['off the twin', 'back in line with the twin'],
  crossing: ['forecast limit reached', 'forecast limit reached'],
}

/** "over its limit", "redundancy back": the kind and transition in plain words. */
export function kindWords(event: RunEvent): string {
  const cleared = event.transition === 'cleared'
  // A rack's redundancy with no limit is a rack left on one feed (sim/history/conditionEvents.ts); an
  // over-subscribed rack carries its one-feed limit and keeps the general words.
  if (event.kind === 'redundancy' && event.asset.kind === 'rack' && event.limit === null)
    return cleared ? 'back on two feeds' : 'on one feed'
  return WORDS[event.kind][cleared ? 1 : 0]
}

/** The asset as the log names it: the hall's cooling reads "Cooling", other ids as they are. */
export function assetName(event: RunEvent): string {
  const { kind, id } = event.asset
  if (kind === 'hall') return id === 'cooling' ? 'Cooling' : 'Hall'
  return id
}

// The log as the panel lists it: filtered by chip and severity, newest first (docs/events.md#order).
import type { RunEvent } from '../../../sim/history/types.ts'
import { EVENT_GROUPS, groupOf } from './eventKinds.ts'
import type { EventGroup } from './eventKinds.ts'

/** What the panel filters by: the chips switched on (none: every group) and whether only alarms show. */
export interface EventFilter {
  groups: ReadonlySet<EventGroup>
  alarmsOnly: boolean
}

export const NO_FILTER: EventFilter = { groups: new Set(), alarmsOnly: false }

/** Whether `event` passes `filter`. */
export function passes(event: RunEvent, filter: EventFilter): boolean {
  if (filter.alarmsOnly && event.severity !== 'alarm') return false
  return filter.groups.size === 0 || filter.groups.has(groupOf(event))
}

/** Per chip, how many events it holds (counted under the alarms-only switch, so a chip says what it would show). */
export function groupCounts(events: readonly RunEvent[], alarmsOnly: boolean): Record<EventGroup, number> {
  const counts = Object.fromEntries(EVENT_GROUPS.map((g) => [g, 0])) as Record<EventGroup, number>
  for (const e of events) if (!alarmsOnly || e.severity === 'alarm') counts[groupOf(e)] += 1
  return counts
}

/** The rows to list: the events passing `filter`, newest first (the log is kept oldest first). */
export function visibleEvents(events: readonly RunEvent[], filter: EventFilter): RunEvent[] {
  const out: RunEvent[] = []
  for (let i = events.length - 1; i >= 0; i--) if (passes(events[i], filter)) out.push(events[i])
  return out
}

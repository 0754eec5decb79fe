// The log as the panel lists it: raised conditions paired with their clearing, filtered by chip and severity,
// newest first (docs/events.md#order).
import type { RunEvent } from '../../../sim/history/types.ts'
import { EVENT_GROUPS, groupOf } from './eventKinds.ts'
import type { EventGroup } from './eventKinds.ts'

/** What the panel filters by: the chips switched on (none: every group) and whether only alarms show. */
export interface EventFilter {
  groups: ReadonlySet<EventGroup>
  alarmsOnly: boolean
}

export const NO_FILTER: EventFilter = { groups: new Set(), alarmsOnly: false }

/**
 * For each condition, how long it lasted: event id → seconds between its raising and its clearing, on both the
 * raised and the cleared event. A condition is one (kind, asset, limit); nested ones of the same asset (an inlet
 * past 27 then past 32 °C) pair last-raised-first-cleared. A clearing whose limit differs from every open raising
 * of that asset and kind falls back to the latest open one of any limit.
 */
export function durations(events: readonly RunEvent[]): Map<number, number> {
  const open = new Map<string, RunEvent[]>()
  const out = new Map<number, number>()
  const loose = (e: RunEvent) => `${e.kind}|${e.asset.kind}|${e.asset.id}`
  const exact = (e: RunEvent) => `${loose(e)}|${e.limit ?? ''}`
  const stack = (key: string) => {
    const found = open.get(key)
    if (found) return found
    const made: RunEvent[] = []
    open.set(key, made)
    return made
  }
  for (const e of events) {
    if (e.transition === 'raised') {
      stack(exact(e)).push(e)
      stack(loose(e)).push(e)
    } else if (e.transition === 'cleared') {
      const raised = stack(exact(e)).at(-1) ?? stack(loose(e)).at(-1)
      if (!raised) continue
      for (const list of [stack(exact(raised)), stack(loose(raised))])
        list.splice(list.lastIndexOf(raised), 1)
      out.set(raised.id, e.atS - raised.atS)
      out.set(e.id, e.atS - raised.atS)
    }
  }
  return out
}

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

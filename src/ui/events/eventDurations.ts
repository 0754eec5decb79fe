// How long each condition lasted: its raising paired with its clearing (docs/events.md#durations).
import type { RunEvent } from '../../../sim/history/types.ts'

/** Event id → seconds between a condition's raising and its clearing, on both events of the pair. */
export type Durations = ReadonlyMap<number, number>

const loose = (e: RunEvent) => `${e.kind}|${e.asset.kind}|${e.asset.id}`
const exact = (e: RunEvent) => `${loose(e)}|${e.limit ?? ''}`

/**
 * A pairer that reads only what was appended since its last call, since the log grows at ~2 Hz and pairing a
 * 10,000-event log afresh takes about 100 ms here; a log that is not the last one extended (a restart) is paired
 * afresh. A condition is one (kind, asset, limit); nested ones of one asset (an inlet past 27, then past 32 °C)
 * pair last-raised-first-cleared. A clearing whose limit matches no open raising of that asset and kind takes the
 * latest open one of any limit. The map returned is the pairer's own and grows with it.
 */
export function durationTracker(): (events: readonly RunEvent[]) => Durations {
  let open = new Map<string, RunEvent[]>()
  let out = new Map<number, number>()
  let count = 0
  let last: RunEvent | undefined
  const stack = (key: string) => {
    const found = open.get(key)
    if (found) return found
    const made: RunEvent[] = []
    open.set(key, made)
    return made
  }
  const add = (e: RunEvent) => {
    if (e.transition === 'raised') {
      stack(exact(e)).push(e)
      stack(loose(e)).push(e)
    } else if (e.transition === 'cleared') {
      const raised = stack(exact(e)).at(-1) ?? stack(loose(e)).at(-1)
      if (!raised) return
      for (const list of [stack(exact(raised)), stack(loose(raised))])
        list.splice(list.lastIndexOf(raised), 1)
      out.set(raised.id, e.atS - raised.atS)
      out.set(e.id, e.atS - raised.atS)
    }
  }
  return (events) => {
    if (events.length < count || (count > 0 && events[count - 1] !== last)) {
      open = new Map()
      out = new Map()
      count = 0
    }
    for (let i = count; i < events.length; i++) add(events[i])
    count = events.length
    last = events[count - 1]
    return out
  }
}

/** The durations of one whole log. */
export const durations = (events: readonly RunEvent[]): Durations => durationTracker()(events)

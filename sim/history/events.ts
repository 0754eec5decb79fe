// The run's one event log: every source the engine records into (commands, conditions, trips, climate, shadow)
// drained in time order into RunEvents with stable ids. Severity rules: docs/history.md#events.
import type { Simulation } from '../simulation.ts'
import type { RunEvent } from './types.ts'
import { eventSources } from './eventSources.ts'

export interface EventLog {
  /** Events from the `from`-th on (copies): what a page that has `from` of them is missing. */
  eventsSince(from: number): RunEvent[]
  readonly length: number
}

/**
 * Follows `sim` from now on. Sources are drained after every settle (shadow anomalies only on a read, their report
 * being costly), and on every read: a condition logged at
 * the present instant is taken only once time has moved past it, since a later command at the same instant may
 * still cancel it (conditionLog.ts logNet); a command is final at once.
 */
export function createEventLog(sim: Simulation): EventLog {
  const events: RunEvent[] = []
  const sources = eventSources(sim)
  const drain = (reading: boolean) => {
    const found: Omit<RunEvent, 'id'>[] = []
    for (const source of sources) source.drain(sim.nowS, found, reading)
    // Stable by time: events of one instant keep the sources' order (commands first).
    found.sort((a, b) => a.atS - b.atS)
    for (const event of found) events.push({ id: events.length, ...event })
  }
  sim.onSettle(() => drain(false))
  return {
    eventsSince(from) {
      drain(true)
      return events.slice(Math.max(0, from))
    },
    get length() {
      return events.length
    },
  }
}

// The alarm nearest a time, before or after it: where the previous/next-alarm buttons and keys go (alarmJump.ts).
import type { RunEvent } from '../../sim/history/types.ts'

/**
 * The time of the nearest alarm strictly before (direction -1) or after (+1) `fromS`, or null when there is none.
 * Only raised or one-off alarms count: a condition clearing is good news, not somewhere to jump to.
 */
export function nearestAlarmS(events: readonly RunEvent[], fromS: number, direction: -1 | 1): number | null {
  let best: number | null = null
  for (const e of events) {
    if (e.severity !== 'alarm' || e.transition === 'cleared') continue
    const ahead = direction > 0 ? e.atS > fromS : e.atS < fromS
    if (!ahead) continue
    if (best === null || (direction > 0 ? e.atS < best : e.atS > best)) best = e.atS
  }
  return best
}

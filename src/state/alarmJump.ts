// Previous / next alarm: the timeline's buttons and the [ and ] keys move the hall on screen to the nearest alarm
// before or after the time shown, so both always land on the same event.
import { nearestAlarmS } from './nearestAlarm.ts'
import { scrubTo } from './scrub.ts'
import { useTimeline } from './timeline.ts'

export { nearestAlarmS } from './nearestAlarm.ts'

/** Scrubs to the previous (-1) or next (+1) alarm from the time on screen; returns its time, or null if none. */
export async function jumpToAlarm(direction: -1 | 1): Promise<number | null> {
  const { events, viewS, presentS } = useTimeline.getState()
  const atS = nearestAlarmS(events, viewS ?? presentS, direction)
  if (atS !== null) await scrubTo(atS)
  return atS
}

// While the Events tab is open every event in it counts as read, so the tab's badge clears and counts only what
// arrives while the user looks elsewhere.
import { useEffect } from 'react'
import { useTimeline } from '../../state/timeline.ts'

export function useMarkRead(open: boolean, eventCount: number): void {
  useEffect(() => {
    if (open && useTimeline.getState().readEvents !== eventCount)
      useTimeline.setState({ readEvents: eventCount })
  }, [open, eventCount])
}

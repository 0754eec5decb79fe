// The run's history on the page and where the timeline looks: shared by the timeline, charts, event log and scene.
import { create } from 'zustand'
import type { RunEvent, RunHistory } from '../../sim/history/types.ts'

export interface TimelineState {
  /** The run's KPI history so far (null before the first fetch); replaced, never mutated, when it grows. */
  history: RunHistory | null
  /** Every event of the run so far, oldest first. */
  events: readonly RunEvent[]
  /** How many of `events` the user has seen (the Events tab's badge shows the rest). */
  readEvents: number
  /**
   * The time the hall on screen shows, s since the scenario start: null follows the run's present. While it is a
   * number, `live.frame` holds the state at that time (restored exactly), the pump is paused.
   */
  viewS: number | null
  /** A scrub being computed (replay from the run's inputs): where to, and the fraction done. */
  scrub: { targetS: number; progress: number } | null
  /** The run's present (s since the start): the end of the timeline. */
  presentS: number
}

export const useTimeline = create<TimelineState>()(() => ({
  history: null,
  events: [],
  readEvents: 0,
  viewS: null,
  scrub: null,
  presentS: 0,
}))

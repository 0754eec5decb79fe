// The story's clock as pure arithmetic: simulated time runs at a fixed rate (years in about a minute) and stops on
// each milestone for its hold; stepping jumps to the previous or next milestone. docs/story.md#the-clock
import type { StoryBeat } from './storyScript.ts'

export interface ClockState {
  /** Simulated seconds since the scenario start on screen. */
  atS: number
  /** The milestone whose caption shows (−1: none yet). */
  beat: number
  /** Wall seconds left of the current caption's hold (0: time is moving). */
  holdLeftS: number
}

/** Wall seconds the story takes to cover its whole span, holds not counted. */
export const PLAY_WALL_S = 60

/**
 * Advances by `wallDtS` wall seconds at `rateSPerS` simulated seconds per wall second. A hold is served first; time
 * that would run past the next milestone stops on it and starts that milestone's hold (the rest of the wall time
 * is dropped: a frame's worth at most). Never past `endS`.
 */
export function advance(
  c: ClockState,
  script: readonly StoryBeat[],
  wallDtS: number,
  rateSPerS: number,
  endS: number,
): ClockState {
  if (c.holdLeftS > 0) return { ...c, holdLeftS: Math.max(0, c.holdLeftS - wallDtS) }
  const to = Math.min(c.atS + wallDtS * rateSPerS, endS)
  const next = script[c.beat + 1]
  if (next && next.atS <= to)
    return { atS: Math.max(next.atS, c.atS), beat: c.beat + 1, holdLeftS: next.holdS }
  return { ...c, atS: to }
}

/**
 * The milestone `by` steps from the current one (−1 previous, +1 next), with its hold started; at either end the
 * clock stays where it is. "Previous" from partway past a milestone goes back to that milestone's start.
 */
export function stepBeat(c: ClockState, script: readonly StoryBeat[], by: -1 | 1): ClockState {
  const onBeat = c.beat >= 0 && script[c.beat].atS === c.atS
  const target = by < 0 && !onBeat ? c.beat : c.beat + by
  if (target < 0 || target >= script.length) return c
  return { atS: script[target].atS, beat: target, holdLeftS: script[target].holdS }
}

/** The end: all of the span shown and the last hold served. */
export const isAtEnd = (c: ClockState, endS: number) => c.atS >= endS && c.holdLeftS === 0

// Story mode's slow state (open, what it plays, the script, the caption shown, paused or ended, a forecast being
// prepared) and the clock it plays on. The clock itself changes every frame, so it lives outside React in
// `storyClock` (principle 11); zustand hears only of a new caption, a pause or the end. docs/story.md
import { create } from 'zustand'
import { MONTH_S } from '../../sim/forecast/growth/index.ts'
import type { RackPlan } from '../../sim/forecast/plan/index.ts'
import type { ForecastSummary } from '../../sim/forecast/run/index.ts'
import { live } from '../bridge/live.ts'
import { HEADER } from '../../sim/index.ts'
import { type ClockState, PLAY_WALL_S, advance, isAtEnd, stepBeat } from './storyClock.ts'
import { type StoryBeat, forecastScript } from './storyScript.ts'

export type StoryMode = 'forecast' | 'live'
export type StoryPhase = 'preparing' | 'playing' | 'paused' | 'ended' | 'error'

export interface StoryState {
  open: boolean
  mode: StoryMode
  phase: StoryPhase
  /** Preparing a forecast: replicas done of total (a progress bar, not a spinner). */
  progress: { done: number; total: number }
  error: string | null
  script: StoryBeat[]
  /** The milestone whose caption shows (−1: none yet). */
  beat: number
  /** Simulated seconds the story spans. */
  endS: number
  /** The hall's start, Unix seconds, and (live) the simulated time the story began at, s since the start. */
  startEpochS: number
  fromS: number
  /** What the forecast story plays (null for a live story). */
  forecast: { summary: ForecastSummary; plan: RackPlan | null; currency: string | null } | null
  /** Recording a WebM: fraction of the story recorded, or null. */
  recording: number | null
}

export const useStory = create<StoryState>()(() => ({
  open: false,
  mode: 'forecast',
  phase: 'preparing',
  progress: { done: 0, total: 0 },
  error: null,
  script: [],
  beat: -1,
  endS: 0,
  startEpochS: 0,
  fromS: 0,
  forecast: null,
  recording: null,
}))

/** Mutable on purpose (read every frame by the player, the 3D racks and the recorder). */
export const storyClock: ClockState = { atS: 0, beat: -1, holdLeftS: 0 }

const setClock = (c: ClockState) => Object.assign(storyClock, c)

/** Opens the story in its preparing phase; `begin*` below start the playing. */
export function openStory(mode: StoryMode, startEpochS: number): void {
  setClock({ atS: 0, beat: -1, holdLeftS: 0 })
  useStory.setState({
    open: true,
    mode,
    phase: 'preparing',
    progress: { done: 0, total: 0 },
    error: null,
    script: [],
    beat: -1,
    startEpochS,
    fromS: 0,
    forecast: null,
    recording: null,
  })
}

export function setStoryProgress(done: number, total: number): void {
  useStory.setState({ progress: { done, total } })
}

export function failStory(message: string): void {
  useStory.setState({ phase: 'error', error: message })
}

/** Plays a forecast: its months in PLAY_WALL_S, captions from its crossings and the rack plan. */
export function beginForecastStory(
  summary: ForecastSummary,
  plan: RackPlan | null,
  currency: string | null,
): void {
  const { startEpochS } = useStory.getState()
  setClock({ atS: 0, beat: -1, holdLeftS: 0 })
  useStory.setState({
    phase: 'playing',
    script: forecastScript(summary, plan, startEpochS),
    beat: -1,
    endS: summary.months * MONTH_S,
    forecast: { summary, plan, currency },
  })
}

/** Plays the live run from `fromS` for `spanS` simulated seconds, captioned by `script` (rebuilt as events come). */
export function beginLiveStory(fromS: number, spanS: number, script: StoryBeat[]): void {
  setClock({ atS: 0, beat: -1, holdLeftS: 0 })
  useStory.setState({ phase: 'playing', fromS, endS: spanS, script, beat: -1 })
}

export function setLiveScript(script: StoryBeat[]): void {
  useStory.setState({ script })
}

/** Simulated seconds since the story's start on the live run's clock. */
export const liveStoryS = () =>
  live.frame.length > HEADER.timeS ? live.frame[HEADER.timeS] - useStory.getState().fromS : 0

/**
 * One frame of a forecast story (`wallDtS` since the last): the clock advances, a new caption or the end reaches
 * the store. Returns the milestone just reached, if any, for the camera.
 */
export function tickForecast(wallDtS: number): StoryBeat | null {
  const s = useStory.getState()
  if (s.phase !== 'playing') return null
  setClock(advance(storyClock, s.script, wallDtS, s.endS / PLAY_WALL_S, s.endS))
  return publish()
}

/**
 * One frame of a live story: the clock follows the simulation; a milestone whose time has come is shown and held
 * (the caller pauses the run while storyClock.holdLeftS > 0).
 */
export function tickLive(wallDtS: number): StoryBeat | null {
  const s = useStory.getState()
  if (s.phase !== 'playing') return null
  if (storyClock.holdLeftS > 0) {
    storyClock.holdLeftS = Math.max(0, storyClock.holdLeftS - wallDtS)
  } else {
    storyClock.atS = Math.max(storyClock.atS, Math.min(liveStoryS(), s.endS))
    setClock(advance(storyClock, s.script, 0, 0, s.endS))
  }
  return publish()
}

function publish(): StoryBeat | null {
  const s = useStory.getState()
  const reached = storyClock.beat !== s.beat ? s.script[storyClock.beat] : null
  if (reached) useStory.setState({ beat: storyClock.beat })
  if (isAtEnd(storyClock, s.endS)) useStory.setState({ phase: 'ended' })
  return reached ?? null
}

/** Space: pause or resume (an ended story starts again from the top). */
export function toggleStoryPause(): void {
  const { phase } = useStory.getState()
  if (phase === 'playing') useStory.setState({ phase: 'paused' })
  else if (phase === 'paused') useStory.setState({ phase: 'playing' })
  else if (phase === 'ended') restartStory()
}

/** A forecast story from the top (a live one cannot go back in time: it just plays on). */
export function restartStory(): void {
  const s = useStory.getState()
  if (s.phase === 'preparing' || s.phase === 'error') return
  if (s.mode === 'forecast') {
    setClock({ atS: 0, beat: -1, holdLeftS: 0 })
    useStory.setState({ phase: 'playing', beat: -1 })
  } else if (s.phase === 'paused') useStory.setState({ phase: 'playing' })
}

/**
 * ←/→: the previous or next milestone, held. A live story cannot run ahead of its simulation, so there it moves
 * among the captions already reached and the hall stays at the present.
 */
export function stepStory(by: -1 | 1): StoryBeat | null {
  const s = useStory.getState()
  if (s.phase === 'preparing' || s.phase === 'error') return null
  const reachable = s.mode === 'live' ? s.script.filter((b) => b.atS <= storyClock.atS) : s.script
  const next = stepBeat(storyClock, reachable, by)
  if (next.beat === storyClock.beat && next.atS === storyClock.atS) return null
  setClock(s.mode === 'live' ? { ...next, atS: storyClock.atS } : next)
  useStory.setState({ beat: next.beat, phase: s.phase === 'ended' ? 'paused' : s.phase })
  return s.script[next.beat]
}

export function setRecording(fraction: number | null): void {
  useStory.setState({ recording: fraction })
}

export function closeStoryState(): void {
  useStory.setState({ open: false, recording: null })
}

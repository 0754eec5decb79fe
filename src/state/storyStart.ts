// Starting and closing a story: a hall with a growth section plays its forecast (the Forecast tab's summary of this
// hall if there is one, else a quick run of its own with a progress bar), a hall without one plays days of its
// live run at the fastest speed. Closing cancels what is being prepared and gives the run back as it was.
// docs/story.md#what-it-plays
import type { PoolRun } from '../bridge/forecastPool.ts'
import { CancelledError, runForecastPool } from '../bridge/forecastPool.ts'
import { messageOf, pause, play, setSpeed } from './actions.ts'
import { useForecastRun, jobOf } from './forecastRun.ts'
import { scenarioFactsOf } from './forecastOptions.ts'
import { currentHallText } from './hall.ts'
import { planFor, refreshRackPlan, useRackPlan } from './rackPlan.ts'
import { SPEEDS, useUi } from './store.ts'
import {
  beginForecastStory,
  beginLiveStory,
  closeStoryState,
  failStory,
  liveStoryS,
  openStory,
  setLiveScript,
  setStoryProgress,
} from './story.ts'
import { liveScript } from './storyScript.ts'
import { useTimeline } from './timeline.ts'

/**
 * Replicas of the story's own forecast: the median month of a crossing is what it shows, and 32 replicas place it
 * within a few percent of 100's while taking a third of the time (the Forecast tab's own run uses its own count).
 */
export const STORY_REPLICAS = 32
/** Simulated span of a live story: three days, 12 s at the fastest speed. */
export const LIVE_SPAN_S = 3 * 86_400
const FASTEST = SPEEDS[SPEEDS.length - 1].value

let pool: PoolRun | null = null
let generation = 0
let restore: (() => void) | null = null

/** From the Story button: opens the story and starts what it plays. Never rejects; errors show in the story. */
export async function startStory(): Promise<void> {
  const mine = ++generation
  const { layout, scenario } = useUi.getState()
  if (!layout) return
  try {
    const text = currentHallText()
    if (scenarioFactsOf(text).demand === null) return startLive(layout.startEpochS)
    openStory('forecast', layout.startEpochS)
    const fr = useForecastRun.getState()
    const own = fr.summary && fr.summaryOf?.scenario === scenario
    let summary = own ? fr.summary! : null
    if (!summary) {
      const replicas = Math.min(fr.options.replicas, STORY_REPLICAS)
      const options = { ...fr.options, replicas, advice: false }
      setStoryProgress(0, replicas)
      pool = runForecastPool(
        jobOf(text, scenario, options, fr.applied),
        replicas,
        options.workers,
        (d, t) => {
          if (mine === generation) setStoryProgress(d, t)
        },
      )
      summary = await pool.summary
      pool = null
    }
    await refreshRackPlan(layout, fr.applied)
    if (mine !== generation) return
    const currency = own ? (fr.summaryOf?.currency ?? null) : scenarioFactsOf(text).currency
    beginForecastStory(summary, planFor(useRackPlan.getState(), layout), currency)
  } catch (error) {
    pool = null
    if (mine === generation && !(error instanceof CancelledError)) failStory(messageOf(error))
  }
}

function startLive(startEpochS: number): void {
  openStory('live', startEpochS)
  // openStory set fromS to 0, so this is the run's present: the story starts there. The page's run goes on past
  // the scenario's horizon (that is the command line's), so the span is never cut short.
  const fromS = liveStoryS()
  const spanS = LIVE_SPAN_S
  const { running, speed } = useUi.getState()
  const script = () => {
    const events = useTimeline
      .getState()
      .events.map((e) => ({ ...e, atS: e.atS - fromS }))
      .filter((e) => e.atS >= 0)
    return liveScript(events, spanS, startEpochS + fromS)
  }
  const unsubscribe = useTimeline.subscribe((s, before) => {
    if (s.events !== before.events) setLiveScript(script())
  })
  restore = () => {
    unsubscribe()
    setSpeed(speed)
    if (running) play()
    else pause()
  }
  setSpeed(FASTEST)
  beginLiveStory(fromS, spanS, script())
  play()
}

/** Esc or the close button: cancels a forecast being prepared, gives a live run back its speed and play state. */
export function closeStory(): void {
  generation++
  pool?.cancel()
  pool = null
  restore?.()
  restore = null
  closeStoryState()
  if (typeof document !== 'undefined' && document.fullscreenElement)
    void document.exitFullscreen().catch(() => {})
}

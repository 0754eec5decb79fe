// The run's timeline under the hall: scrubber with event markers, step/jump controls and the synced charts.
// It takes its height out of the hall (the canvas shrinks, the corner cards move up) rather than covering it:
// docs/timeline.md#layout.
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { jumpToAlarm, nearestAlarmS } from '../../state/alarmJump.ts'
import { useForecastRun } from '../../state/forecastRun.ts'
import { backToLive, restartRun, scrubTo, stepBy } from '../../state/scrub.ts'
import { useUi } from '../../state/store.ts'
import { useTimeline } from '../../state/timeline.ts'
import { formatSimTime } from '../format.ts'
import { ChartStrip } from './ChartStrip.tsx'
import { crossingMarks } from './crossings.ts'
import { groupMarkers, markersOf } from './markers.ts'
import { Scrubber } from './Scrubber.tsx'
import { TimelineControls } from './TimelineControls.tsx'
import './timeline.css'

/** Markers closer than this share of the run draw as one (about 3 px on a 700 px track). */
const MARKER_SLOT = 1 / 240

/** Gives the dock's height to the hall area as --timeline-h, so the canvas and corner cards make room. */
function useDockHeight() {
  const dock = useRef<HTMLElement>(null)
  useLayoutEffect(() => {
    const el = dock.current!
    const host = el.parentElement!
    const set = () => host.style.setProperty('--timeline-h', `${el.offsetHeight}px`)
    set()
    const observer = new ResizeObserver(set)
    observer.observe(el)
    return () => {
      observer.disconnect()
      host.style.removeProperty('--timeline-h')
    }
  }, [])
  return dock
}

function useEndLabel(presentS: number): string {
  const trace = useUi((s) => s.trace)
  const ended = trace?.phase === 'replaying' && presentS >= trace.summary.durationS
  return ended ? 'end of run' : 'now'
}

/** Forecast crossings inside the run, when the forecast on screen is of this hall. */
function useCrossings(presentS: number) {
  const summary = useForecastRun((s) => s.summary)
  const of = useForecastRun((s) => s.summaryOf?.scenario)
  const scenario = useUi((s) => s.scenario)
  return useMemo(
    () => crossingMarks(of === scenario ? summary : null, presentS),
    [summary, of, scenario, presentS],
  )
}

export function TimelineDock() {
  const history = useTimeline((s) => s.history)
  const events = useTimeline((s) => s.events)
  const viewS = useTimeline((s) => s.viewS)
  const scrub = useTimeline((s) => s.scrub)
  const presentS = useTimeline((s) => s.presentS)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  const stepS = useUi((s) => s.speed)
  const [chartsOpen, setChartsOpen] = useState(false)
  const dock = useDockHeight()
  const endLabel = useEndLabel(presentS)
  const crossings = useCrossings(presentS)
  const markers = useMemo(
    () => groupMarkers(markersOf(events, crossings), presentS * MARKER_SLOT),
    [events, crossings, presentS],
  )

  const live = viewS === null
  const shownS = viewS ?? presentS
  return (
    <section className="timeline-dock" ref={dock} data-testid="timeline" aria-label="Run timeline">
      {chartsOpen && !history && <p className="muted timeline-empty">The run has no history yet.</p>}
      {chartsOpen && history && (
        <ChartStrip
          history={history}
          startEpochS={startEpochS}
          viewS={shownS}
          onPick={(tS) => void scrubTo(tS)}
        />
      )}
      <div className="timeline-bar">
        <TimelineControls
          stepS={stepS}
          live={live}
          prevAlarmS={nearestAlarmS(events, shownS, -1)}
          nextAlarmS={nearestAlarmS(events, shownS, 1)}
          chartsOpen={chartsOpen}
          onRestart={() => void restartRun()}
          onStep={(dtS) => void stepBy(dtS)}
          onAlarm={(direction) => void jumpToAlarm(direction)}
          onLive={() => void backToLive()}
          onCharts={() => setChartsOpen((o) => !o)}
        />
        <span className={live ? 'timeline-clock' : 'timeline-clock past'} data-testid="timeline-clock">
          {live ? 'Live' : 'Showing'} {formatSimTime(startEpochS + shownS)}
        </span>
        {scrub && (
          <span className="timeline-progress" data-testid="timeline-progress">
            <progress max={1} value={scrub.progress} aria-label="Computing the hall at that time" />
            {Math.round(scrub.progress * 100)} %
          </span>
        )}
      </div>
      <Scrubber
        presentS={presentS}
        viewS={shownS}
        startEpochS={startEpochS}
        markers={markers}
        endLabel={endLabel}
        stepS={stepS}
        onScrub={(tS) => void scrubTo(tS)}
        onLive={() => void backToLive()}
      />
    </section>
  )
}

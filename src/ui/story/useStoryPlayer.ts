// The story's frame loop while it is open: advances the clock (forecast) or follows the run (live, paused while a
// caption holds), glides the camera to each milestone's view, keeps the on-demand canvas drawing, and hands the
// overlay new headline figures when they change (a new month, or twice a second live). docs/story.md#the-clock
import { useEffect, useState } from 'react'
import { invalidate } from '@react-three/fiber'
import { MONTH_S } from '../../../sim/forecast/growth/index.ts'
import { showView } from '../../scene/viewControl.ts'
import { pause, play } from '../../state/actions.ts'
import { useUi } from '../../state/store.ts'
import { storyClock, tickForecast, tickLive, useStory } from '../../state/story.ts'
import { type Headline, forecastHeadline, liveHeadline } from '../../state/storyHeadline.ts'
import { useTimeline } from '../../state/timeline.ts'

// A hidden tab or a long task must not skip milestones: at most this much wall time per frame.
const MAX_DT_S = 0.25
const LIVE_REFRESH_MS = 500

function forecastFigures(): Headline | null {
  const s = useStory.getState()
  return s.forecast
    ? forecastHeadline(s.forecast.summary, storyClock.atS, s.startEpochS, s.forecast.currency)
    : null
}

/** The power headroom of the history's newest row, or null before the history has one. */
function powerHeadroom(): number | null {
  const h = useTimeline.getState().history
  return h && h.length > 0 ? h.channels.powerHeadroom[h.length - 1] : null
}

/** Runs while `open`; returns the headline figures to show. */
export function useStoryPlayer(open: boolean): Headline | null {
  const [headline, setHeadline] = useState<Headline | null>(null)
  useEffect(() => {
    if (!open) return
    let raf = 0
    let lastMs = performance.now()
    let shownKey = ''
    // Live: facility energy integrated from the KPIs over the simulated time they held.
    let facilityKwh = 0
    let lastSimS = storyClock.atS
    const frame = (nowMs: number) => {
      const dtS = Math.min((nowMs - lastMs) / 1000, MAX_DT_S)
      lastMs = nowMs
      const s = useStory.getState()
      const reached = s.mode === 'forecast' ? tickForecast(dtS) : tickLive(dtS)
      if (reached) showView(reached.preset)
      if (s.mode === 'live') {
        const kpis = useUi.getState().kpis
        if (kpis && Number.isFinite(kpis.pue))
          facilityKwh += (kpis.itKw * kpis.pue * (storyClock.atS - lastSimS)) / 3600
        lastSimS = storyClock.atS
        const holding = storyClock.holdLeftS > 0 || useStory.getState().phase !== 'playing'
        const running = useUi.getState().running
        if (holding && running) pause()
        else if (!holding && !running && s.phase === 'playing') play()
        const key = `${Math.floor(nowMs / LIVE_REFRESH_MS)}`
        if (key !== shownKey) {
          shownKey = key
          setHeadline(
            liveHeadline({
              pue: kpis?.pue ?? NaN,
              facilityMwh: facilityKwh / 1000,
              powerHeadroom: powerHeadroom(),
            }),
          )
        }
      } else {
        const key = `${s.phase} ${Math.floor(storyClock.atS / MONTH_S)}`
        if (key !== shownKey) {
          shownKey = key
          setHeadline(forecastFigures())
        }
      }
      if (s.phase === 'playing' || s.recording !== null) invalidate()
      raf = requestAnimationFrame(frame)
    }
    raf = requestAnimationFrame(frame)
    return () => cancelAnimationFrame(raf)
  }, [open])
  return open ? headline : null
}

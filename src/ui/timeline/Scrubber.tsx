// The run's time as a slider from the start to the present: drag or click to scrub, arrows to step, Home to the
// start, End back to the present; markers for what happened, coloured by severity, with what it was on hover.
import { useRef, useState } from 'react'
import type { KeyboardEvent, PointerEvent } from 'react'
import { formatShortTime, formatSimTime } from '../format.ts'
import type { TimelineMarker } from './markers.ts'

export interface ScrubberProps {
  presentS: number
  /** The time the hall shows (the present while live). */
  viewS: number
  startEpochS: number
  markers: readonly TimelineMarker[]
  /** "now", or "end of run" once a trace has run out. */
  endLabel: string
  /** A key press or an arrow button moves this far. */
  stepS: number
  onScrub: (tS: number) => void
  onLive: () => void
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi)

export function Scrubber(p: ScrubberProps) {
  const track = useRef<HTMLDivElement>(null)
  const [dragS, setDragS] = useState<number | null>(null)
  const shownS = clamp(dragS ?? p.viewS, 0, p.presentS)
  const pct = (tS: number) => (p.presentS > 0 ? (clamp(tS, 0, p.presentS) / p.presentS) * 100 : 100)

  const timeAt = (clientX: number) => {
    const r = track.current!.getBoundingClientRect()
    return r.width > 0 ? clamp((clientX - r.left) / r.width, 0, 1) * p.presentS : p.presentS
  }
  // The present itself is "live": the hall follows the run again rather than holding a copy of this instant.
  const commit = (tS: number) => (tS >= p.presentS ? p.onLive() : p.onScrub(tS))

  const down = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return
    e.currentTarget.setPointerCapture(e.pointerId)
    e.currentTarget.focus()
    setDragS(timeAt(e.clientX))
  }
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (dragS !== null) setDragS(timeAt(e.clientX))
  }
  // Only the release scrubs: each scrub replays the run from a checkpoint, too much work for every pointer move.
  const up = (e: PointerEvent<HTMLDivElement>) => {
    if (dragS === null) return
    setDragS(null)
    commit(timeAt(e.clientX))
  }
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    const big = p.stepS * 10
    const to: Record<string, number> = {
      ArrowLeft: shownS - p.stepS,
      ArrowDown: shownS - p.stepS,
      ArrowRight: shownS + p.stepS,
      ArrowUp: shownS + p.stepS,
      PageDown: shownS - big,
      PageUp: shownS + big,
      Home: 0,
      End: p.presentS,
    }
    if (!(e.key in to)) return
    // The page's own arrow shortcuts (step the run) must not act on the same press.
    e.preventDefault()
    e.stopPropagation()
    commit(clamp(to[e.key], 0, p.presentS))
  }

  const clock = formatSimTime(p.startEpochS + shownS)
  return (
    <div className="scrubber">
      <span className="scrubber-end muted">{formatShortTime(p.startEpochS)}</span>
      <div
        className="scrubber-track"
        ref={track}
        role="slider"
        tabIndex={0}
        aria-label="Run time"
        aria-valuemin={0}
        aria-valuemax={Math.round(p.presentS)}
        aria-valuenow={Math.round(shownS)}
        aria-valuetext={clock}
        data-testid="timeline-slider"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={() => setDragS(null)}
        onKeyDown={key}
      >
        <div className="scrubber-rail" />
        <div className="scrubber-fill" style={{ width: `${pct(shownS)}%` }} />
        {p.markers.map((m, i) => (
          <span
            key={i}
            className={`scrubber-marker sev-${m.severity} kind-${m.kind}`}
            style={{ left: `${pct(m.atS)}%` }}
            title={`${formatShortTime(p.startEpochS + m.atS)}\n${m.title}`}
            data-testid="timeline-marker"
            data-severity={m.severity}
            data-at-s={m.atS}
          />
        ))}
        <div className="scrubber-head" style={{ left: `${pct(shownS)}%` }} />
      </div>
      <span className="scrubber-end scrubber-now" data-testid="timeline-end">
        {p.endLabel}
      </span>
    </div>
  )
}

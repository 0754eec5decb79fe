// The timeline's buttons: restart, step back and forward by one step, previous and next alarm, back to live,
// and the chart strip's toggle.
import { formatDuration } from '../format.ts'

export interface TimelineControlsProps {
  stepS: number
  live: boolean
  /** The alarm before and after the time shown (null: none). */
  prevAlarmS: number | null
  nextAlarmS: number | null
  chartsOpen: boolean
  onRestart: () => void
  onStep: (dtS: number) => void
  /** Previous (-1) or next (+1) alarm. */
  onAlarm: (direction: -1 | 1) => void
  onLive: () => void
  onCharts: () => void
}

interface ButtonSpec {
  id: string
  text: string
  /** The hover title, and the accessible name where the text is arrows and a number. */
  title: string
  named?: boolean
  onClick: () => void
  disabled?: boolean
  className?: string
}

export function TimelineControls(p: TimelineControlsProps) {
  const step = formatDuration(p.stepS)
  const buttons: ButtonSpec[] = [
    {
      id: 'restart',
      text: '↺ Restart',
      title: 'Restart the run from its start (its history, failures and commands are dropped)',
      onClick: p.onRestart,
    },
    {
      id: 'step-back',
      text: `◂ ${step}`,
      title: `Step back ${step}`,
      named: true,
      onClick: () => p.onStep(-p.stepS),
    },
    {
      id: 'step-forward',
      text: `${step} ▸`,
      title: `Step forward ${step} (at the present, the run advances ${step})`,
      named: true,
      onClick: () => p.onStep(p.stepS),
    },
    {
      id: 'prev-alarm',
      text: '◂ Alarm',
      title: 'Previous alarm',
      named: true,
      onClick: () => p.onAlarm(-1),
      disabled: p.prevAlarmS === null,
    },
    {
      id: 'next-alarm',
      text: 'Alarm ▸',
      title: 'Next alarm',
      named: true,
      onClick: () => p.onAlarm(1),
      disabled: p.nextAlarmS === null,
    },
    {
      id: 'live',
      text: '● Live',
      title: p.live ? 'The hall shows the present' : 'Back to the present',
      onClick: p.onLive,
      disabled: p.live,
      className: p.live ? 'live on' : 'live',
    },
  ]
  return (
    <div className="timeline-buttons" role="group" aria-label="Timeline">
      {buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          className={b.className}
          disabled={b.disabled}
          onClick={b.onClick}
          aria-label={b.named ? b.title : undefined}
          title={b.title}
          data-testid={`timeline-${b.id}`}
        >
          {b.text}
        </button>
      ))}
      <button
        type="button"
        aria-expanded={p.chartsOpen}
        onClick={p.onCharts}
        data-testid="timeline-charts-toggle"
      >
        Charts {p.chartsOpen ? '▾' : '▴'}
      </button>
    </div>
  )
}

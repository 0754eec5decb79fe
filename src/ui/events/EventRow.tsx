// One line of the event log: when, how bad, what happened to which asset, and its numbers. A button, so a click,
// Enter or Space opens the event.
import { memo } from 'react'
import type { RunEvent } from '../../../sim/history/types.ts'
import { formatShortTime } from '../format.ts'
import { assetName, kindWords } from './eventKinds.ts'
import { SEVERITY_MARK, stateText, valueText } from './eventText.ts'

/** Every row is this tall (events.css), so a long log can be windowed without measuring rows. */
export const ROW_PX = 42

export const EventRow = memo(function EventRow(props: {
  event: RunEvent
  startEpochS: number
  lastedS: number | undefined
  current: boolean
  onOpen: (event: RunEvent) => void
}) {
  const { event: e, current } = props
  // A setting's bare number says less than the engine's sentence: "crah-1 supply setpoint set to 18 °C".
  const detail = [e.kind === 'setting' ? e.text : valueText(e), stateText(e, props.lastedS)]
    .filter(Boolean)
    .join(' · ')
  return (
    <li className="event-item">
      <button
        type="button"
        className={`event-row ${e.severity}${e.transition === 'cleared' ? ' cleared' : ''}${current ? ' current' : ''}`}
        aria-current={current ? 'true' : undefined}
        title={e.text}
        data-testid="event-row"
        data-event-id={e.id}
        data-at-s={e.atS}
        data-asset={e.asset.id}
        data-kind={e.kind}
        onClick={() => props.onOpen(e)}
      >
        <span className="event-line">
          <span className={`event-mark ${e.severity}`} aria-label={e.severity} role="img">
            {SEVERITY_MARK[e.severity]}
          </span>
          <span className="event-time">{formatShortTime(props.startEpochS + e.atS)}</span>
          <b className="event-asset">{assetName(e)}</b>
          <span className="event-kind">{kindWords(e)}</span>
        </span>
        <span className="event-detail">{detail || '\u00a0'}</span>
      </button>
    </li>
  )
})

// A label and a live number with its unit; the number is written by useLiveText, never by React state.
import { useLiveText } from './useLiveText.ts'
import type { LiveReader } from './useLiveText.ts'

export function LiveValue(props: { label: string; unit?: string; read: LiveReader; testId: string }) {
  const ref = useLiveText(props.read)
  return (
    <div className="live-value">
      <span className="live-label">{props.label}</span>
      <span className="live-number">
        <span data-testid={props.testId} ref={ref}>
          —
        </span>
        {props.unit && <span className="live-unit">{props.unit}</span>}
      </span>
    </div>
  )
}

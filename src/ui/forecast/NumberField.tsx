// A labelled number input whose empty or unparsable text is NaN (or null when `empty` allows it), with the
// field's validation message under it.
import { useState } from 'react'

export function NumberField(props: {
  label: string
  unit?: string
  value: number | null
  onChange: (value: number | null) => void
  error?: string
  testId: string
  step?: number
  /** Placeholder shown when empty; an empty field is null only when given. */
  emptyMeans?: string
}) {
  const { value, onChange } = props
  // The typed text is kept as typed ("1." or "−"), and only its number goes to the store.
  const [text, setText] = useState(value === null || Number.isNaN(value) ? '' : String(value))
  // A new value from outside (a reset, another growth kind) replaces the text unless the text already means it.
  const [shown, setShown] = useState(value)
  if (!Object.is(shown, value)) {
    setShown(value)
    if (!(Number(text) === value || (text.trim() === '' && value === null)))
      setText(value === null || Number.isNaN(value) ? '' : String(value))
  }
  return (
    <label className={props.error ? 'forecast-field invalid' : 'forecast-field'}>
      <span className="field-label">
        {props.label}
        {props.unit && <span className="muted"> {props.unit}</span>}
      </span>
      <input
        type="text"
        inputMode="decimal"
        data-testid={props.testId}
        value={text}
        placeholder={props.emptyMeans}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => {
          setText(e.target.value)
          const t = e.target.value.trim().replace('−', '-')
          onChange(t === '' ? (props.emptyMeans !== undefined ? null : NaN) : Number(t))
        }}
      />
      {props.error && <span className="field-error">{props.error}</span>}
    </label>
  )
}

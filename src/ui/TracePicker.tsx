// Choose trace files (or drop them on the hall) and the importer; 'Auto-detect' guesses from the names.
import { useRef } from 'react'
import type { TraceFormat } from '../../workers/protocol.ts'
import { loadTraceFiles, setTraceFormat } from '../state/trace.ts'
import { TRACE_FORMATS } from '../state/traceFormat.ts'
import { useUi } from '../state/store.ts'

export function TracePicker() {
  const input = useRef<HTMLInputElement>(null)
  const format = useUi((s) => s.traceFormat)
  const disabled = useUi((s) => s.loading || s.layout === null)
  const hint = TRACE_FORMATS.find((f) => f.format === format)?.hint
  return (
    <div className="trace-picker">
      <div className="picker-row">
        <select
          aria-label="Trace format"
          data-testid="trace-format"
          value={format}
          onChange={(e) => setTraceFormat(e.target.value as TraceFormat | 'auto')}
        >
          <option value="auto">Auto-detect</option>
          {TRACE_FORMATS.map((f) => (
            <option key={f.format} value={f.format}>
              {f.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="primary"
          data-testid="trace-choose"
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          Choose files…
        </button>
        <input
          ref={input}
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Trace files"
          data-testid="trace-input"
          onChange={(e) => {
            const files = Array.from(e.target.files ?? [])
            e.target.value = '' // picking the same files again must fire change again
            void loadTraceFiles(files)
          }}
        />
      </div>
      <p className="muted note">
        {hint ? `${hint}. ` : 'PlanetLab, Bitbrains, OpenDC, SWF (.gz too) or long CSV. '}
        Or drop the files on the hall.
      </p>
    </div>
  )
}

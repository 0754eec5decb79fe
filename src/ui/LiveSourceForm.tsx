// The connect form: a Prometheus server (a PromQL query per metric) or a WebSocket JSON stream, by URL.
import { useState } from 'react'
import { connectLive, useLive } from '../state/liveSource.ts'
import type { LiveForm } from '../state/liveSource.ts'
import { useUi } from '../state/store.ts'

/** Series named the way a site's exporter or recording rules would publish them for the twin. */
const DEFAULT_QUERIES = [
  '# metric [unit] = PromQL; each series needs a label naming a rack or cooling unit',
  'cpu_utilization = plenum_rack_cpu_utilization_ratio',
  'power = plenum_rack_power_watts',
  'inlet_temperature = plenum_rack_inlet_temperature_celsius',
  'supply_temperature = plenum_crah_supply_temperature_celsius',
].join('\n')

const BACKFILLS = [
  { value: 0, label: 'none' },
  { value: 900, label: '15 min' },
  { value: 3600, label: '1 h' },
  { value: 6 * 3600, label: '6 h' },
  { value: 86_400, label: '24 h' },
]

const INITIAL: LiveForm = {
  kind: 'prometheus',
  url: 'http://127.0.0.1:9090',
  queries: DEFAULT_QUERIES,
  assetLabel: 'asset',
  stepS: '15',
  backfillS: 900,
}

function TextField(props: {
  label: string
  testId: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <label className="field">
      <span>{props.label}</span>
      <input
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </label>
  )
}

export function LiveSourceForm() {
  const [form, setForm] = useState(INITIAL)
  const connecting = useLive((s) => s.connecting)
  const formError = useLive((s) => s.formError)
  const loading = useUi((s) => s.loading)
  const set = (patch: Partial<LiveForm>) => setForm((f) => ({ ...f, ...patch }))
  const prometheus = form.kind === 'prometheus'
  return (
    <form
      className="live-form"
      data-testid="live-form"
      onSubmit={(e) => {
        e.preventDefault()
        void connectLive(form)
      }}
    >
      <div className="picker-row">
        <select
          aria-label="Source kind"
          data-testid="live-kind"
          value={form.kind}
          onChange={(e) => {
            const kind = e.target.value as LiveForm['kind']
            set({ kind, url: kind === 'prometheus' ? INITIAL.url : 'ws://127.0.0.1:8080/telemetry' })
          }}
        >
          <option value="prometheus">Prometheus</option>
          <option value="websocket">WebSocket</option>
        </select>
        <input
          aria-label="Source URL"
          data-testid="live-url"
          value={form.url}
          spellCheck={false}
          onChange={(e) => set({ url: e.target.value })}
        />
      </div>
      {prometheus && (
        <>
          <textarea
            aria-label="Queries"
            data-testid="live-queries"
            rows={5}
            spellCheck={false}
            value={form.queries}
            onChange={(e) => set({ queries: e.target.value })}
          />
          <div className="grid3 live-options">
            <TextField
              label="Asset label"
              testId="live-asset-label"
              value={form.assetLabel}
              onChange={(assetLabel) => set({ assetLabel })}
            />
            <TextField
              label="Step, s"
              testId="live-step"
              value={form.stepS}
              onChange={(stepS) => set({ stepS })}
            />
            <label className="field">
              <span>History</span>
              <select
                data-testid="live-backfill"
                value={form.backfillS}
                onChange={(e) => set({ backfillS: Number(e.target.value) })}
              >
                {BACKFILLS.map((b) => (
                  <option key={b.value} value={b.value}>
                    {b.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </>
      )}
      {!prometheus && (
        <p className="muted note">
          JSON messages {'{ timestamp, asset, metric, value, unit }'} (or arrays of them); on reconnect the
          stream is asked for what it missed with <code>since=</code>.
        </p>
      )}
      {formError && (
        <p className="live-error" role="alert" data-testid="live-form-error">
          {formError}
        </p>
      )}
      <button type="submit" className="primary" data-testid="live-connect" disabled={connecting || loading}>
        {connecting ? 'Connecting…' : 'Connect and follow'}
      </button>
      <p className="muted note">
        The hall restarts at the source&apos;s present{prometheus ? ', less the history asked for,' : ''} and
        then runs only as far as the data has come. Rack utilisation drives the servers; power and
        temperatures are compared with the twin.
      </p>
    </form>
  )
}

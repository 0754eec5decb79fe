// Pick A, B and a horizon; the what-if changes when a side is "hall on screen + what-if" (the What-if panel's
// picker); Run, or Cancel with a progress bar while the compare worker walks both runs.
import { useState } from 'react'
import { useLibrary } from '../../library/libraryState.ts'
import { cancelCompare, runCompare, useCompareView } from '../../state/compareRun.ts'
import type { CompareSource } from '../../state/compareSources.ts'
import { delayText, FORK_HORIZONS } from '../../state/fork.ts'
import { HorizonSelect } from '../HorizonSelect.tsx'
import type { ForkChange } from '../../state/fork.ts'
import { scenarioLabel, scenarioNames } from '../../state/scenarios.ts'
import { ForkChangePicker } from '../ForkChangePicker.tsx'
import { GroupedSelect } from '../GroupedSelect.tsx'

const LIVE = [
  { key: 'now', label: 'Hall on screen, from now' },
  { key: 'zero', label: 'Hall on screen, from t = 0' },
  { key: 'fork', label: 'Hall on screen + what-if' },
]

function SourceSelect(props: { side: 'A' | 'B'; value: string; onChange: (key: string) => void }) {
  const halls = useLibrary((s) => s.halls)
  return (
    <label className="compare-field">
      <span>Run {props.side}</span>
      <GroupedSelect
        label={`Run ${props.side}`}
        testId={`compare-source-${props.side.toLowerCase()}`}
        value={props.value}
        onChange={props.onChange}
        groups={[
          { title: 'The hall on screen', options: LIVE },
          {
            title: 'Shipped scenarios (from t = 0)',
            options: scenarioNames.map((n) => ({ key: `scenario:${n}`, label: scenarioLabel(n) })),
          },
          {
            title: 'Your library (from t = 0)',
            options: halls.map((h) => ({ key: `hall:${h.id}`, label: h.name })),
          },
        ]}
      />
    </label>
  )
}

function sourceOf(
  key: string,
  changes: readonly ForkChange[],
  hallName: (id: string) => string,
): CompareSource {
  if (key === 'now' || key === 'zero') return { kind: key }
  if (key === 'fork') return { kind: 'fork', changes }
  if (key.startsWith('scenario:')) return { kind: 'scenario', name: key.slice('scenario:'.length) }
  const id = key.slice('hall:'.length)
  return { kind: 'hall', id, name: hallName(id) }
}

function Changes(props: { changes: readonly ForkChange[]; onChange: (c: readonly ForkChange[]) => void }) {
  const { changes, onChange } = props
  return (
    <div className="compare-changes" data-testid="compare-changes">
      <span className="muted">What-if changes, from now:</span>
      <ForkChangePicker onAdd={(c) => onChange([...changes, c])} />
      {changes.map((c, k) => (
        <span key={k} className="compare-chip">
          {c.label} {delayText(c.delayS)}
          <button
            type="button"
            className="link"
            aria-label={`Remove ${c.label}`}
            onClick={() => onChange(changes.filter((_, i) => i !== k))}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  )
}

export function CompareForm() {
  const [keyA, setKeyA] = useState('now')
  const [keyB, setKeyB] = useState('fork')
  const [changes, setChanges] = useState<readonly ForkChange[]>([])
  const [horizon, setHorizon] = useState(FORK_HORIZONS[1])
  const progress = useCompareView((s) => s.progress)
  const halls = useLibrary((s) => s.halls)
  const hallName = (id: string) => halls.find((h) => h.id === id)?.name ?? id
  const run = () =>
    void runCompare(sourceOf(keyA, changes, hallName), sourceOf(keyB, changes, hallName), horizon)
  const running = progress !== null
  return (
    <div className="compare-form">
      <div className="compare-pickers">
        <SourceSelect side="A" value={keyA} onChange={setKeyA} />
        <span className="compare-vs" aria-hidden="true">
          vs
        </span>
        <SourceSelect side="B" value={keyB} onChange={setKeyB} />
        <label className="compare-field">
          <span>Horizon</span>
          <HorizonSelect value={horizon} onChange={setHorizon} testId="compare-horizon" />
        </label>
        {running ? (
          <button type="button" data-testid="compare-cancel" onClick={cancelCompare}>
            Cancel
          </button>
        ) : (
          <button type="button" className="primary" data-testid="compare-run" onClick={run}>
            Compare
          </button>
        )}
      </div>
      {keyA === 'fork' || keyB === 'fork' ? <Changes changes={changes} onChange={setChanges} /> : null}
      {running ? (
        <div className="compare-progress" role="status">
          <progress
            data-testid="compare-progress"
            max={1}
            value={progress}
            aria-label="Comparison computed"
          />
          <span>
            Running both in a worker of their own: {Math.round(progress * 100)} %; the live run keeps playing
          </span>
        </div>
      ) : null}
      <p className="muted compare-note">
        x = time since each run&apos;s own start (now, or t = 0), so runs from different dates line up; each
        uses its scenario&apos;s seed.
      </p>
    </div>
  )
}

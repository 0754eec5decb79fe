// Pick one hypothetical change for a what-if (fail an asset, scale the load, move a setpoint) and when it happens.
import { useMemo, useState } from 'react'
import { changeOptions } from '../state/fork.ts'
import type { ForkChange } from '../state/fork.ts'
import { useUi } from '../state/store.ts'
import { GroupedSelect } from './GroupedSelect.tsx'

export function ForkChangePicker({ onAdd }: { onAdd: (change: ForkChange) => void }) {
  const layout = useUi((s) => s.layout)
  const options = useMemo(() => (layout ? changeOptions(layout) : []), [layout])
  const [key, setKey] = useState('')
  const [value, setValue] = useState('')
  const [delayMin, setDelayMin] = useState('0')
  // A scenario switch can leave a key the new hall lacks: fall back to its first option.
  const option = options.find((o) => o.key === key) ?? options[0]
  if (!option) return null
  const typed = value === '' && option.input ? option.input.initial : Number(value)
  const valueValid =
    !option.input || (Number.isFinite(typed) && typed >= option.input.min && typed <= option.input.max)
  const delayS = Number(delayMin) * 60
  const delayValid = delayMin !== '' && Number.isFinite(delayS) && delayS >= 0
  const choose = (next: string) => {
    setKey(next)
    setValue('')
  }
  const add = () => onAdd({ command: option.command(typed), delayS, label: option.describe(typed) })

  return (
    <div className="picker fork-picker">
      <div className="picker-row">
        <GroupedSelect
          label="Change"
          testId="fork-change"
          value={option.key}
          groups={(['Fail', 'Change'] as const).map((group) => ({
            title: group === 'Fail' ? 'Fail an asset' : 'Change a setting',
            options: options.filter((o) => o.group === group),
          }))}
          onChange={choose}
        />
      </div>
      <div className="picker-row">
        {option.input ? (
          <label className="fork-value">
            <input
              type="number"
              step="1"
              min={option.input.min}
              max={option.input.max}
              aria-label={`Value, ${option.input.unit}`}
              data-testid="fork-value"
              value={value === '' ? option.input.initial : value}
              onChange={(e) => setValue(e.target.value)}
            />
            {option.input.unit}
          </label>
        ) : null}
        <span className="muted">in</span>
        <input
          type="number"
          min="0"
          step="1"
          aria-label="Minutes from now"
          data-testid="fork-delay"
          value={delayMin}
          onChange={(e) => setDelayMin(e.target.value)}
        />
        <span className="muted">min</span>
        <button
          type="button"
          className="small"
          data-testid="fork-add"
          disabled={!valueValid || !delayValid}
          onClick={add}
        >
          Add
        </button>
      </div>
    </div>
  )
}

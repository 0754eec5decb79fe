// Pick an asset and fail it now or after a delay of simulated time; the worker records what follows.
import { useMemo, useState } from 'react'
import { send, sendLater } from '../state/commands.ts'
import { useUi } from '../state/store.ts'
import { failTargets, TARGET_GROUPS } from '../state/targets.ts'
import { GroupedSelect } from './GroupedSelect.tsx'

const UNIT_S = { min: 60, h: 3600 } as const
type DelayUnit = keyof typeof UNIT_S

export function FailurePicker() {
  const layout = useUi((s) => s.layout)
  const targets = useMemo(() => (layout ? failTargets(layout) : []), [layout])
  const [key, setKey] = useState('')
  const [amount, setAmount] = useState('10')
  const [unit, setUnit] = useState<DelayUnit>('min')
  const [pending, setPending] = useState(false)
  // A scenario switch can leave a key the new hall does not have: fall back to its first asset.
  const target = targets.find((t) => t.key === key) ?? targets[0]
  const isDown = useUi((s) => {
    if (!target || !layout) return false
    if (target.kind !== 'unit') return s.powerDown.includes(target.id)
    return s.unitRunning[layout.units.findIndex((u) => u.id === target.id)] === false
  })
  const delayS = Number(amount) * UNIT_S[unit]
  const delayValid = Number.isFinite(delayS) && delayS > 0

  const run = async (action: () => Promise<unknown>) => {
    setPending(true)
    await action()
    setPending(false)
  }
  if (!target) return null

  return (
    <div className="picker">
      <div className="picker-row">
        <GroupedSelect
          label="Asset"
          testId="whatif-target"
          value={target.key}
          groups={TARGET_GROUPS.map((g) => ({
            title: g.title,
            options: targets.filter((t) => t.kind === g.kind),
          }))}
          onChange={setKey}
        />
        <button
          type="button"
          className="danger"
          data-testid="whatif-fail-now"
          disabled={pending || isDown}
          title={isDown ? `${target.id} is already down` : `Fail ${target.id} at the current simulated time`}
          onClick={() => void run(() => send(target.fail))}
        >
          {isDown ? 'Down' : 'Fail now'}
        </button>
      </div>
      <div className="picker-row">
        <span className="muted">or fail in</span>
        <input
          type="number"
          min="1"
          step="1"
          aria-label="Delay"
          data-testid="whatif-delay"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
        <select
          aria-label="Delay unit"
          data-testid="whatif-delay-unit"
          value={unit}
          onChange={(e) => setUnit(e.target.value as DelayUnit)}
        >
          <option value="min">min</option>
          <option value="h">h</option>
        </select>
        <button
          type="button"
          data-testid="whatif-schedule"
          disabled={pending || !delayValid}
          onClick={() => void run(() => sendLater(target.fail, delayS))}
        >
          Schedule
        </button>
      </div>
    </div>
  )
}

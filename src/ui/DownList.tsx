// What is down right now (with a restore each, and for all) and the failures still waiting to fire.
import { useMemo } from 'react'
import { send } from '../state/commands.ts'
import { useUi } from '../state/store.ts'
import { formatDuration, formatShortTime } from './format.ts'
import { failTargets, targetIdOf } from '../state/targets.ts'
import type { FailTarget } from '../state/targets.ts'

function useDownTargets(): FailTarget[] {
  const layout = useUi((s) => s.layout)
  const running = useUi((s) => s.unitRunning)
  const powerDown = useUi((s) => s.powerDown)
  return useMemo(() => {
    if (!layout) return []
    const unitDown = new Set(layout.units.filter((_, j) => running[j] === false).map((u) => u.id))
    return failTargets(layout).filter((t) =>
      t.kind === 'unit' ? unitDown.has(t.id) : powerDown.includes(t.id),
    )
  }, [layout, running, powerDown])
}

function Scheduled() {
  const scheduled = useUi((s) => s.scheduled)
  const nowS = useUi((s) => s.kpis?.timeS ?? 0)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  if (scheduled.length === 0) return null
  return (
    <ul className="down-list" data-testid="scheduled-list">
      {scheduled.map((s, k) => (
        <li key={k}>
          <span className="dot pending" aria-hidden="true" />
          <span className="down-id">{targetIdOf(s.command)}</span>
          <span className="muted">
            fails {formatShortTime(startEpochS + s.atS)} (in {formatDuration(Math.max(s.atS - nowS, 0))})
          </span>
        </li>
      ))}
    </ul>
  )
}

export function DownList() {
  const down = useDownTargets()
  const restoreAll = () => Promise.all(down.map((t) => send(t.restore)))
  return (
    <>
      <div className="panel-head">
        <h2>Down now</h2>
        {down.length > 1 && (
          <button type="button" className="link" data-testid="restore-all" onClick={() => void restoreAll()}>
            Restore all
          </button>
        )}
      </div>
      {down.length === 0 ? (
        <p className="muted" data-testid="down-none">
          Nothing failed: every cooling unit and power asset is running.
        </p>
      ) : (
        <ul className="down-list" data-testid="down-list">
          {down.map((t) => (
            <li key={t.key}>
              <span className="dot off" aria-hidden="true" />
              <span className="down-id">{t.id}</span>
              <span className="muted">{t.kind === 'unit' ? 'cooling' : t.kind.toUpperCase()}</span>
              <button
                type="button"
                className="primary small"
                data-testid={`restore-${t.id}`}
                onClick={() => void send(t.restore)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <Scheduled />
    </>
  )
}

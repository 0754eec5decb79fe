// The cooling units of the hall as a selectable list with their running state (sampled at ~2 Hz).
import { select } from '../state/actions.ts'
import { useUi } from '../state/store.ts'

export function UnitList() {
  const units = useUi((s) => s.layout?.units)
  const running = useUi((s) => s.unitRunning)
  const selected = useUi((s) => (s.selection?.kind === 'unit' ? s.selection.index : -1))
  if (!units) return null
  return (
    <section className="panel units">
      <h2>Cooling units</h2>
      <ul>
        {units.map((u, j) => {
          const on = running[j] ?? true
          return (
            <li key={u.id}>
              <button
                type="button"
                data-testid={`unit-${u.id}`}
                className={j === selected ? 'unit-row selected' : 'unit-row'}
                onClick={() => select({ kind: 'unit', index: j })}
              >
                <span className={on ? 'dot on' : 'dot off'} aria-label={on ? 'running' : 'failed'} />
                <span className="unit-id">{u.id}</span>
                <span className="muted">
                  {u.type.toUpperCase()} · {u.capacityKw} kW
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

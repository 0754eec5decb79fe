// What the import left out, grouped by why, each group with its count and the names it holds.
import type { Skip } from '../../../sim/import/netbox/index.ts'

const SHOWN = 8

export function SkippedList({ skipped }: { skipped: Skip[] }) {
  const byWhy = new Map<string, string[]>()
  for (const { what, why } of skipped) byWhy.set(why, [...(byWhy.get(why) ?? []), what])
  if (skipped.length === 0) return <p className="dialog-note">Nothing was skipped.</p>
  return (
    <details className="netbox-skipped" data-testid="netbox-skipped">
      <summary>
        Skipped: <b data-testid="netbox-skipped-count">{skipped.length}</b> in {byWhy.size} groups
      </summary>
      <ul>
        {[...byWhy].map(([why, whats]) => (
          <li key={why}>
            <span className="netbox-why">
              {why} <span className="muted">({whats.length})</span>
            </span>
            <span className="muted">
              {whats.slice(0, SHOWN).join(', ')}
              {whats.length > SHOWN ? `, … and ${whats.length - SHOWN} more` : ''}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}

// The loaded hall in one glance: its name and size, with the scenario's description as a tooltip.
import { useUi } from '../state/store.ts'

export function HallSummary() {
  const layout = useUi((s) => s.layout)
  if (!layout) return null
  const { widthM, depthM } = layout.room
  return (
    <section className="panel hall" data-testid="hall-summary" title={layout.description}>
      <div className="hall-name">{layout.name}</div>
      <div className="muted">
        {layout.racks.length} racks · {layout.units.length} cooling units · {widthM} × {depthM} m
      </div>
    </section>
  )
}

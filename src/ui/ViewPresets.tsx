// The view buttons over the hall's bottom-right corner (the legend holds the bottom-left, the north arrow the top-right,
// the error banner the top centre): back to the overview, down the first cold aisle, straight down on the plan.
import { useMemo } from 'react'
import { showView } from '../scene/viewControl.ts'
import { aisleView } from '../scene/views.ts'
import type { ViewName } from '../scene/views.ts'
import { useUi } from '../state/store.ts'
import './viewPresets.css'

const BUTTONS: { name: ViewName; label: string; title: string }[] = [
  { name: 'overview', label: 'Reset view', title: 'Reset view: the whole hall from the south-east' },
  { name: 'aisle', label: 'Aisle', title: 'Down the first cold aisle at eye height' },
  { name: 'plan', label: 'Plan', title: 'Plan view: straight down, north up' },
]

export function ViewPresets() {
  const layout = useUi((s) => s.layout)
  const hasAisle = useMemo(() => layout !== null && aisleView(layout) !== null, [layout])
  if (!layout) return null
  return (
    <div className="view-presets" role="toolbar" aria-label="Camera views">
      {BUTTONS.map((b) => {
        const off = b.name === 'aisle' && !hasAisle
        return (
          <button
            key={b.name}
            type="button"
            data-testid={b.name === 'overview' ? 'view-reset' : `view-${b.name}`}
            title={
              off ? 'No aisle to walk: the hall has no cold aisle nor two rows facing each other' : b.title
            }
            disabled={off}
            onClick={() => showView(b.name)}
          >
            {b.label}
          </button>
        )
      })}
    </div>
  )
}

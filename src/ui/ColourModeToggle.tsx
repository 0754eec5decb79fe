// The rack colour switch in the toolbar: a continuous inlet gradient, the flat ASHRAE bands, or utilisation.
import { setColourMode } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import type { ColourMode } from '../state/store.ts'

const MODES: readonly { mode: ColourMode; label: string; title: string }[] = [
  { mode: 'gradient', label: 'Gradient', title: 'Colour racks on a continuous inlet temperature scale' },
  { mode: 'bands', label: 'ASHRAE bands', title: 'Colour racks by the ASHRAE band their inlet is in' },
  { mode: 'utilization', label: 'Utilisation', title: "Colour racks by their servers' mean CPU utilisation" },
]

export function ColourModeToggle() {
  const current = useUi((s) => s.colourMode)
  return (
    <div className="field" role="group" aria-label="Colour racks by">
      <span>Colour</span>
      <div className="segmented">
        {MODES.map(({ mode, label, title }) => (
          <button
            key={mode}
            type="button"
            title={title}
            data-testid={`colour-${mode}`}
            aria-pressed={mode === current}
            className={mode === current ? 'active' : ''}
            onClick={() => setColourMode(mode)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  )
}

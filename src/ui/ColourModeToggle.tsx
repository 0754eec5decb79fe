// The rack colour switch in the toolbar: a continuous inlet gradient, the flat ASHRAE bands, utilisation, or the
// forecast's stranded capacity (once a forecast of this hall exists).
import { setColourMode } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import type { ColourMode } from '../state/store.ts'
import { useStrandings } from '../scene/useStrandings.ts'

// Short labels: four modes share the toolbar with the scenario, speed and clock at 1280 px; titles say more.
const MODES: readonly { mode: ColourMode; label: string; title: string }[] = [
  { mode: 'gradient', label: 'Gradient', title: 'Colour racks on a continuous inlet temperature scale' },
  { mode: 'bands', label: 'ASHRAE', title: 'Colour racks by the ASHRAE band their inlet is in' },
  { mode: 'utilization', label: 'CPU', title: "Colour racks by their servers' mean CPU utilisation" },
  {
    mode: 'stranded',
    label: 'Stranded',
    title:
      'Colour racks by the resource that binds them and how much of the others it strands (from the forecast)',
  },
]
const NO_FORECAST = 'Needs a forecast of this hall: run one in the Forecast tab'

export function ColourModeToggle() {
  const current = useUi((s) => s.colourMode)
  const forecastReady = useStrandings(useUi((s) => s.layout)) !== null
  return (
    <div className="field" role="group" aria-label="Colour racks by">
      <span>Colour</span>
      <div className="segmented">
        {MODES.map(({ mode, label, title }) => (
          <button
            key={mode}
            type="button"
            title={mode === 'stranded' && !forecastReady ? NO_FORECAST : title}
            disabled={mode === 'stranded' && !forecastReady && current !== 'stranded'}
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

// The rack colour switch in the toolbar: a continuous inlet gradient, the flat ASHRAE bands, utilisation, power
// against budget, headroom, the forecast's stranded capacity (once a forecast of this hall exists) or the compare
// view's ΔT (once a comparison is shown).
import { setColourMode } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import type { ColourMode } from '../state/store.ts'
import { useStrandings } from '../scene/useStrandings.ts'
import { useCompare } from '../state/compare.ts'

// Short labels: seven modes share the toolbar with the scenario, speed and clock at 1280 px; titles say more.
const MODES: readonly { mode: ColourMode; label: string; title: string }[] = [
  { mode: 'gradient', label: 'Gradient', title: 'Colour racks on a continuous inlet temperature scale' },
  { mode: 'bands', label: 'ASHRAE', title: 'Colour racks by the ASHRAE band their inlet is in' },
  { mode: 'utilization', label: 'CPU', title: "Colour racks by their servers' mean CPU utilisation" },
  { mode: 'power', label: 'Power', title: 'Colour racks by what they draw against their power budget (%)' },
  {
    mode: 'headroom',
    label: 'Headroom',
    title: 'Colour racks by the least headroom they have left: power budget, cooling or inlet',
  },
  {
    mode: 'stranded',
    label: 'Stranded',
    title:
      'Colour racks by the resource that binds them and how much of the others it strands (from the forecast)',
  },
  {
    mode: 'compare',
    label: 'Δ',
    title: 'Colour racks by the inlet difference of the two compared runs, B − A',
  },
]
const NO_FORECAST = 'Needs a forecast of this hall: run one in the Forecast tab'
const NO_COMPARISON = 'Needs a comparison: open Compare and choose two runs'

export function ColourModeToggle() {
  const current = useUi((s) => s.colourMode)
  const forecastReady = useStrandings(useUi((s) => s.layout)) !== null
  const compareReady = useCompare((s) => s.rackDeltaC !== null)
  // A mode waiting for data says so in its title and is disabled (unless it is on: it can always be left).
  const missing = (mode: ColourMode) =>
    mode === 'stranded' && !forecastReady
      ? NO_FORECAST
      : mode === 'compare' && !compareReady
        ? NO_COMPARISON
        : null
  return (
    <div className="field" role="group" aria-label="Colour racks by">
      <span>Colour</span>
      <div className="segmented">
        {MODES.map(({ mode, label, title }) => (
          <button
            key={mode}
            type="button"
            title={missing(mode) ?? title}
            aria-label={mode === 'compare' ? 'Compare ΔT' : undefined}
            disabled={missing(mode) !== null && current !== mode}
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

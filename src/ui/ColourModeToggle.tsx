// The rack colour switch in the toolbar: a continuous inlet gradient, the flat ASHRAE bands, utilisation, power
// against budget, headroom, the forecast's stranded capacity (once a forecast of this hall exists) or the compare
// view's ΔT (once a comparison is shown).
import { setColourMode } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import type { ColourMode } from '../state/store.ts'
import { useStrandings } from '../scene/useStrandings.ts'
import { useCompare } from '../state/compare.ts'

type ModeChoice = { mode: ColourMode; label: string; title: string }

// Short labels: the scenario, speed, clock, Compare and Story share the toolbar at 1280 px; titles say more. The
// inlet, CPU and stranded views are buttons; the three load views added later share one <select> beside them
// (seven buttons took ~330 px of the bar and squeezed the hall menu to 'Def…').
const BUTTONS: readonly ModeChoice[] = [
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
const MORE: readonly ModeChoice[] = [
  { mode: 'power', label: 'Power %', title: 'Colour racks by what they draw against their power budget (%)' },
  {
    mode: 'headroom',
    label: 'Headroom',
    title: 'Colour racks by the least headroom they have left: power budget, cooling or inlet',
  },
  {
    mode: 'compare',
    label: 'Δ Compare',
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
  const inMore = MORE.some((m) => m.mode === current)
  return (
    <div className="field" role="group" aria-label="Colour racks by">
      <span>Colour</span>
      <div className="segmented">
        {BUTTONS.map(({ mode, label, title }) => (
          <button
            key={mode}
            type="button"
            title={missing(mode) ?? title}
            disabled={missing(mode) !== null && current !== mode}
            data-testid={`colour-${mode}`}
            aria-pressed={mode === current}
            className={mode === current ? 'active' : ''}
            onClick={() => setColourMode(mode)}
          >
            {label}
          </button>
        ))}
        <select
          aria-label="More colour modes: power, headroom, compare"
          title={MORE.find((m) => m.mode === current)?.title ?? 'Power, headroom or the compare difference'}
          data-testid="colour-more"
          className={inMore ? 'active' : ''}
          value={inMore ? current : ''}
          onChange={(e) => setColourMode(e.target.value as ColourMode)}
        >
          <option value="" disabled>
            More…
          </option>
          {MORE.map(({ mode, label, title }) => (
            <option
              key={mode}
              value={mode}
              title={missing(mode) ?? title}
              disabled={missing(mode) !== null && current !== mode}
              data-testid={`colour-${mode}`}
            >
              {label}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}

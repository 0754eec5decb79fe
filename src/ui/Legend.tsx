// The colour key: the inlet gradient with ASHRAE marks, or the six ASHRAE bands; aisle and unit swatches.
import { cssHex, INLET_BANDS } from '../scene/bands.ts'
import { HEAT_MAX_C, HEAT_MIN_C, HEAT_STOPS, heatGradientCss } from '../scene/colormap.ts'
import { AISLE_HEX, UNIT_FAILED_HEX, UNIT_RUNNING_HEX } from '../scene/palette.ts'
import { useUi } from '../state/store.ts'

const gradient = heatGradientCss()
const percent = (c: number) => `${((c - HEAT_MIN_C) / (HEAT_MAX_C - HEAT_MIN_C)) * 100}%`

function Swatch({ color, label }: { color: string; label: string }) {
  return (
    <span className="swatch">
      <i style={{ background: color }} />
      {label}
    </span>
  )
}

function GradientKey() {
  return (
    <>
      <div className="legend-bar" style={{ background: gradient }} />
      <div className="legend-ticks">
        {HEAT_STOPS.map((s) => (
          <span key={s.c} style={{ left: percent(s.c) }}>
            {s.c === HEAT_MAX_C ? `${s.c}+` : s.c}
          </span>
        ))}
      </div>
      <dl className="legend-note">
        <dt>27</dt>
        <dd>ASHRAE recommended max</dd>
        <dt>32</dt>
        <dd>ASHRAE A1 allowable max</dd>
      </dl>
    </>
  )
}

function BandKey() {
  return (
    <ul className="legend-bands" data-testid="legend-bands">
      {INLET_BANDS.map((b) => (
        <li key={b.label}>
          <i style={{ background: cssHex(b.hex) }} />
          <span className="band-range">{b.range}</span>
          <span>{b.label}</span>
        </li>
      ))}
    </ul>
  )
}

export function Legend() {
  const bands = useUi((s) => s.colourMode === 'bands')
  return (
    <section className="panel legend" data-testid="legend">
      <h2>{bands ? 'Rack inlet: ASHRAE band (°C)' : 'Rack inlet temperature (°C)'}</h2>
      {bands ? <BandKey /> : <GradientKey />}
      <div className="legend-swatches">
        <Swatch color={AISLE_HEX.cold} label="Cold aisle" />
        <Swatch color={AISLE_HEX.hot} label="Hot aisle" />
        <Swatch color={UNIT_RUNNING_HEX} label="Unit on" />
        <Swatch color={UNIT_FAILED_HEX} label="Unit off" />
      </div>
    </section>
  )
}

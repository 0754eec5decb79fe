// The colour key: rack inlet temperature scale with ASHRAE marks, plus aisle and cooling-unit swatches.
import { HEAT_MAX_C, HEAT_MIN_C, HEAT_STOPS, heatGradientCss } from '../scene/colormap.ts'
import { AISLE_HEX, UNIT_FAILED_HEX, UNIT_RUNNING_HEX } from '../scene/palette.ts'

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

export function Legend() {
  return (
    <section className="panel legend" data-testid="legend">
      <h2>Rack inlet temperature (°C)</h2>
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
      <div className="legend-swatches">
        <Swatch color={AISLE_HEX.cold} label="Cold aisle" />
        <Swatch color={AISLE_HEX.hot} label="Hot aisle" />
        <Swatch color={UNIT_RUNNING_HEX} label="Unit running" />
        <Swatch color={UNIT_FAILED_HEX} label="Unit failed" />
      </div>
    </section>
  )
}

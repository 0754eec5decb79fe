// The colour key: the inlet gradient with ASHRAE marks, the six ASHRAE bands, utilisation, stranded capacity,
// power, headroom or the compare ΔT; aisle and unit swatches and the state marks.
import { ASHRAE_CLASSES } from '../../sim/index.ts'
import { cssHex, INLET_BANDS } from '../scene/bands.ts'
import {
  gradientCss,
  HEAT_MAX_C,
  HEAT_MIN_C,
  HEAT_STOPS,
  heatGradientCss,
  UTILIZATION_STOPS,
} from '../scene/colormap.ts'
import { AISLE_HEX, GHOST_HEX, LEAVING_HEX, UNIT_FAILED_HEX, UNIT_RUNNING_HEX } from '../scene/palette.ts'
import { useUi } from '../state/store.ts'
import { StrandedKey } from './StrandedKey.tsx'
import { MarkKey } from './MarkKey.tsx'
import { CompareKey, HeadroomKey, PowerKey } from './ScaleKeys.tsx'

const gradient = heatGradientCss()
const utilizationGradient = gradientCss(UTILIZATION_STOPS)
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
          <span key={s.at} style={{ left: percent(s.at) }}>
            {s.at === HEAT_MAX_C ? `${s.at}+` : s.at}
          </span>
        ))}
      </div>
      <dl className="legend-note">
        <dt>{ASHRAE_CLASSES.recommended.maxC}</dt>
        <dd>ASHRAE recommended max</dd>
        <dt>{ASHRAE_CLASSES.A1.maxC}</dt>
        <dd>ASHRAE A1 allowable max</dd>
      </dl>
    </>
  )
}

function UtilizationKey() {
  return (
    <>
      <div
        className="legend-bar"
        style={{ background: utilizationGradient }}
        data-testid="legend-utilization"
      />
      <div className="legend-ticks">
        {UTILIZATION_STOPS.map((s) => (
          <span key={s.at} style={{ left: `${s.at * 100}%` }}>
            {s.at * 100}
          </span>
        ))}
      </div>
      <p className="legend-note-line">
        Mean CPU utilisation of the rack&apos;s servers; switched-off servers count as 0.
      </p>
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

const TITLES = {
  gradient: 'Rack inlet temperature (°C)',
  bands: 'Rack inlet: ASHRAE band (°C)',
  utilization: 'Rack CPU utilisation (%)',
  stranded: 'Stranded capacity: what binds each rack',
  power: 'Rack power / budget (%)',
  headroom: 'Rack headroom left (%)',
  compare: 'Inlet difference, B − A (K)',
} as const

export function Legend() {
  const mode = useUi((s) => s.colourMode)
  const layout = useUi((s) => s.layout)
  const ghosts = useUi((s) => s.sideTab === 'forecast')
  return (
    <section className="panel legend" data-testid="legend">
      <h2>{TITLES[mode]}</h2>
      {mode === 'bands' ? (
        <BandKey />
      ) : mode === 'utilization' ? (
        <UtilizationKey />
      ) : mode === 'stranded' ? (
        <StrandedKey layout={layout} />
      ) : mode === 'power' ? (
        <PowerKey />
      ) : mode === 'headroom' ? (
        <HeadroomKey />
      ) : mode === 'compare' ? (
        <CompareKey />
      ) : (
        <GradientKey />
      )}
      <div className="legend-swatches">
        <Swatch color={AISLE_HEX.cold} label="Cold aisle" />
        <Swatch color={AISLE_HEX.hot} label="Hot aisle" />
        <Swatch color={UNIT_RUNNING_HEX} label="Unit on" />
        <Swatch color={UNIT_FAILED_HEX} label="Unit off" />
      </div>
      <MarkKey />
      {ghosts && (
        <div className="legend-swatches" data-testid="legend-ghosts">
          <Swatch color={GHOST_HEX} label="Planned rack (dated label)" />
          <Swatch color={LEAVING_HEX} label="× leaves" />
        </div>
      )}
    </section>
  )
}

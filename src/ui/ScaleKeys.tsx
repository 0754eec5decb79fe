// Legend keys of the power, headroom and compare colour modes: the scale's bar, its ticks and what it measures
// (docs/views.md#colour-modes).
import { COMPARE_STOPS, gradientCss, HEADROOM_STOPS, POWER_STOPS } from '../scene/colormap.ts'
import type { ColourStop } from '../scene/colormap.ts'
import { useCompare } from '../state/compare.ts'

function RampKey(props: {
  stops: readonly ColourStop[]
  tick: (at: number) => string
  note: string
  testId: string
}) {
  const { stops } = props
  const first = stops[0].at
  const span = stops[stops.length - 1].at - first
  return (
    <>
      <div className="legend-bar" style={{ background: gradientCss(stops) }} data-testid={props.testId} />
      <div className="legend-ticks">
        {stops.map((s) => (
          <span key={s.at} style={{ left: `${((s.at - first) / span) * 100}%` }}>
            {props.tick(s.at)}
          </span>
        ))}
      </div>
      <p className="legend-note-line">{props.note}</p>
    </>
  )
}

const percent = (at: number) => `${Math.round(at * 100)}`

export function PowerKey() {
  return (
    <RampKey
      stops={POWER_STOPS}
      // The 120 % end goes unlabelled: printed, it ran into the 100 % (budget) tick 16 px away.
      tick={(at) => (at === POWER_STOPS[POWER_STOPS.length - 1].at ? '' : percent(at))}
      note="What the rack draws now against its power budget; yellow from 80 %, red at the budget."
      testId="legend-power"
    />
  )
}

export function HeadroomKey() {
  return (
    <RampKey
      stops={HEADROOM_STOPS.slice(1)}
      tick={percent}
      note="Share left of the rack's tightest limit: its power budget, the running units' cooling, or its inlet up to the class maximum (from 18 °C). Red: none left."
      testId="legend-headroom"
    />
  )
}

export function CompareKey() {
  const labelA = useCompare((s) => s.labelA)
  const labelB = useCompare((s) => s.labelB)
  const shown = useCompare((s) => s.rackDeltaC !== null)
  return (
    <RampKey
      stops={COMPARE_STOPS}
      tick={(at) => (at > 0 ? `+${at}` : `${at}`)}
      note={
        shown
          ? `Inlet of ${labelB ?? 'B'} minus ${labelA ?? 'A'}: red warmer in B, blue cooler.`
          : 'No comparison yet: open Compare to choose two runs. Racks show grey.'
      }
      testId="legend-compare"
    />
  )
}

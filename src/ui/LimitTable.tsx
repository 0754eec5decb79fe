// Time until the hottest rack inlet reaches 27, 32 and 35 °C: after the latest failure, and from now.
import { FAILURE_LIMITS_C } from '../../sim/index.ts'
import type { FailureRecord } from '../../sim/index.ts'
import { bandIndex, cssHex, INLET_BANDS } from '../scene/bands.ts'
import { useUi } from '../state/store.ts'
import { formatShortTime, timeToLimitText } from './format.ts'
import { targetIdOf } from '../state/targets.ts'
import { useFailureInForce } from './RackLimits.tsx'
import { usePastView } from './PresentNote.tsx'

// Each limit is the top of a band; its chip shows the colour racks turn once they pass it.
const LIMITS = FAILURE_LIMITS_C.map((c) => ({
  c,
  band: INLET_BANDS[bandIndex(c)].label,
  next: cssHex(INLET_BANDS[bandIndex(c) + 1].hex),
}))

function Cell(props: { seconds: number | null | undefined; testId: string; atPresent?: boolean }) {
  const { seconds, testId } = props
  const known = seconds !== undefined
  const tone = !known || seconds === null ? 'muted' : seconds === 0 ? 'state-off' : ''
  return (
    <td
      className={props.atPresent ? `${tone} at-present-cell` : tone}
      data-at-present={props.atPresent ? '' : undefined}
      data-testid={testId}
      data-seconds={known && seconds !== null ? seconds : ''}
    >
      {known ? timeToLimitText(seconds) : '—'}
    </td>
  )
}

const failureTitle = (r: FailureRecord) => `${targetIdOf(r.command)} failed`

export function LimitTable() {
  // The newest failure still in force: once its asset is restored the column stops describing it.
  // Scrubbed back, a failure after the shown time has not happened yet in the hall on screen.
  const { latest, restored } = useFailureInForce()
  const outlook = useUi((s) => s.outlook)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  // Scrubbed back, the outlook is still the worker's, from the run's present: said so and greyed.
  const past = usePastView()
  return (
    <>
      <table className="limits" data-testid="limit-table">
        <thead>
          <tr>
            <th scope="col">Limit</th>
            <th scope="col" data-testid="ttl-failure-title" data-at-s={latest?.atS ?? ''}>
              {latest ? failureTitle(latest) : restored ? 'Nothing down now' : 'No failure yet'}
              <small>
                {latest
                  ? formatShortTime(startEpochS + latest.atS)
                  : restored
                    ? 'every failure restored'
                    : 'fail an asset below'}
              </small>
            </th>
            <th scope="col" data-testid="ttl-now-title">
              {past ? 'From the present' : 'From now'}
              <small>{outlook ? formatShortTime(startEpochS + outlook.atS) : '—'}</small>
            </th>
          </tr>
        </thead>
        <tbody>
          {LIMITS.map((limit, k) => (
            <tr key={limit.c}>
              <th scope="row" title={`Top of ASHRAE ${limit.band}`}>
                <i style={{ background: limit.next }} />
                {limit.c} °C
              </th>
              <Cell seconds={latest?.timeToLimitS[k]} testId={`ttl-failure-${limit.c}`} />
              <Cell
                seconds={outlook?.timeToLimitS[k]}
                testId={`ttl-now-${limit.c}`}
                atPresent={past !== null}
              />
            </tr>
          ))}
        </tbody>
      </table>
      {past && (
        <p className="present-note" data-testid="ttl-now-note">
          “From the present” is the run’s present, {past.present} — the hall shows {past.shown}
        </p>
      )}
    </>
  )
}

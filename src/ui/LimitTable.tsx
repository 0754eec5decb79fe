// Time until the hottest rack inlet reaches 27, 32 and 35 °C: after the latest failure, and from now.
import { FAILURE_LIMITS_C } from '../../sim/index.ts'
import type { FailureRecord } from '../../sim/index.ts'
import { bandIndex, cssHex, INLET_BANDS } from '../scene/bands.ts'
import { useUi } from '../state/store.ts'
import { formatShortTime, timeToLimitText } from './format.ts'
import { targetIdOf } from '../state/targets.ts'
import { currentFailure } from '../state/currentFailure.ts'

// Each limit is the top of a band; its chip shows the colour racks turn once they pass it.
const LIMITS = FAILURE_LIMITS_C.map((c) => ({
  c,
  band: INLET_BANDS[bandIndex(c)].label,
  next: cssHex(INLET_BANDS[bandIndex(c) + 1].hex),
}))

function Cell({ seconds, testId }: { seconds: number | null | undefined; testId: string }) {
  const known = seconds !== undefined
  const tone = !known || seconds === null ? 'muted' : seconds === 0 ? 'state-off' : ''
  return (
    <td className={tone} data-testid={testId} data-seconds={known && seconds !== null ? seconds : ''}>
      {known ? timeToLimitText(seconds) : '—'}
    </td>
  )
}

const failureTitle = (r: FailureRecord) => `${targetIdOf(r.command)} failed`

export function LimitTable() {
  // The newest failure still in force: once its asset is restored the column stops describing it.
  const failures = useUi((s) => s.failures)
  const layout = useUi((s) => s.layout)
  const unitRunning = useUi((s) => s.unitRunning)
  const powerDown = useUi((s) => s.powerDown)
  const latest = currentFailure(failures, layout, unitRunning, powerDown)
  const restored = !latest && failures.length > 0
  const outlook = useUi((s) => s.outlook)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  return (
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
          <th scope="col">
            From now
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
            <Cell seconds={outlook?.timeToLimitS[k]} testId={`ttl-now-${limit.c}`} />
          </tr>
        ))}
      </tbody>
    </table>
  )
}

// The Inspector's time to each inlet limit for one rack, after the failure still in force.
import { FAILURE_LIMITS_C } from '../../sim/index.ts'
import type { FailureRecord, SceneLayout } from '../../sim/index.ts'
import { currentFailure } from '../state/currentFailure.ts'
import { useUi } from '../state/store.ts'
import { useTimeline } from '../state/timeline.ts'
import { targetIdOf } from '../state/targets.ts'
import { formatShortTime } from './format.ts'
import { rackLimitText } from './panelText.ts'

interface FailureState {
  failures: readonly FailureRecord[]
  layout: SceneLayout | null
  unitRunning: readonly boolean[]
  powerDown: readonly string[]
}

/**
 * The failure the rows describe: the newest still down, or none. Scrubbed back (viewS a number), failures after
 * the shown time have not happened yet in the hall on screen and are left out. Shared with the Failures tab's
 * LimitTable.
 */
export function failureInForce(
  s: FailureState,
  viewS: number | null = null,
): { latest: FailureRecord | undefined; restored: boolean } {
  const failures = viewS === null ? s.failures : s.failures.filter((f) => f.atS <= viewS)
  const latest = currentFailure(failures, s.layout, s.unitRunning, s.powerDown)
  return { latest, restored: !latest && failures.length > 0 }
}

/** failureInForce over the store's failures and the time the hall on screen shows. */
export function useFailureInForce(): ReturnType<typeof failureInForce> {
  const failures = useUi((s) => s.failures)
  const layout = useUi((s) => s.layout)
  const unitRunning = useUi((s) => s.unitRunning)
  const powerDown = useUi((s) => s.powerDown)
  const viewS = useTimeline((s) => s.viewS)
  return failureInForce({ failures, layout, unitRunning, powerDown }, viewS)
}

export function RackLimitsView({
  latest,
  restored,
  startEpochS,
  index,
}: {
  latest: FailureRecord | undefined
  restored: boolean
  startEpochS: number
  index: number
}) {
  if (!latest)
    return restored ? (
      <p className="muted" data-testid="inspector-ttl-none">
        Nothing down now: every failure restored
      </p>
    ) : null
  return (
    <>
      <h4 className="sub-head" data-testid="inspector-ttl-title">
        After {targetIdOf(latest.command)} failed, {formatShortTime(startEpochS + latest.atS)}
      </h4>
      <table className="kv">
        <tbody>
          {FAILURE_LIMITS_C.map((c, k) => {
            const seconds = latest.rackTimeToLimitS[k]?.[index]
            return (
              <tr key={c}>
                <th scope="row">This inlet reaches {c} °C</th>
                <td data-testid={`inspector-ttl-${c}`} data-seconds={seconds ?? ''}>
                  {rackLimitText(seconds)}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

/**
 * This rack's time to 27/32/35 °C from the newest failure still in force (its own, not the hottest inlet's): once
 * that asset is restored the rows stop describing it.
 */
export function RackLimits({ index }: { index: number }) {
  const { latest, restored } = useFailureInForce()
  const layout = useUi((s) => s.layout)
  return (
    <RackLimitsView
      latest={latest}
      restored={restored}
      startEpochS={layout?.startEpochS ?? 0}
      index={index}
    />
  )
}

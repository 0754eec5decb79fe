// One recommendation as a list item: what to do where, by when, why, and whether the re-run confirmed it.
import type { ReactNode } from 'react'
import type { Recommendation, RecommendationAction } from '../../../sim/forecast/advice/recommendation.ts'

const ACTION_TEXT: Record<RecommendationAction, string> = {
  addCoolingUnit: 'Add a cooling unit',
  addUpsModules: 'Add UPS modules',
  addPdu: 'Add a PDU',
  rebalanceFeeds: 'Rebalance A/B feeds',
  moveLoad: 'Move load',
  addRacks: 'Add racks',
  raiseRackBudget: 'Raise the rack power budget',
  raiseSetpoint: 'Raise the supply setpoint',
}

const monthOf = (m: number | null) => (m === null ? 'beyond the horizon' : `month ${m.toFixed(1)}`)

/** Verified: the re-run with the change no longer crosses the line; the crossing before → after says by how much. */
function VerifiedMark({ r }: { r: Recommendation }) {
  const moved = `${r.resolves}: ${monthOf(r.crossingBeforeMonth)} → ${monthOf(r.crossingAfterMonth)}`
  return r.verified ? (
    <span className="verified ok" data-testid="verified" title={`Re-run with it applied: ${moved}`}>
      ✓ verified
    </span>
  ) : (
    <span className="verified no" data-testid="not-verified" title={`Re-run with it applied: ${moved}`}>
      ✗ not verified
    </span>
  )
}

export function RecommendationItem(props: { r: Recommendation; applied: boolean; children: ReactNode }) {
  const { r, applied, children } = props
  return (
    <li
      className={applied ? 'recommendation applied' : 'recommendation'}
      data-key={`${r.action} ${r.target}`}
    >
      <div className="recommendation-head">
        <strong>{ACTION_TEXT[r.action] ?? r.action}</strong> <span className="id">{r.target}</span>
        <span className="by">
          by <time dateTime={r.by}>{r.by}</time>
        </span>
        {applied && (
          <span className="applied-mark" data-testid="applied-mark">
            applied
          </span>
        )}
        <VerifiedMark r={r} />
        {children}
      </div>
      <p className="reason">{r.reason}</p>
    </li>
  )
}

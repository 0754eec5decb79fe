// Provisioning advice from the forecast: each recommendation with its action, target, the date it is needed by,
// the reason and whether re-running with it removed the breach; one click applies it (and re-runs), and the
// applied ones are listed with the growth-section JSON they add and a way to revert each.
import type { Recommendation } from '../../../sim/forecast/advice/recommendation.ts'
import { growthEntriesOf, isApplied, recommendationKey } from '../../state/appliedChanges.ts'
import { applyRecommendation, revertRecommendation } from '../../state/forecastApply.ts'
import { useForecastRun } from '../../state/forecastRun.ts'
import { RecommendationItem } from './RecommendationItem.tsx'

function AppliedList({ applied, busy }: { applied: readonly Recommendation[]; busy: boolean }) {
  if (applied.length === 0) return null
  return (
    <div data-testid="applied-recommendations">
      <h4>Applied ({applied.length})</h4>
      <ul className="recommendations">
        {applied.map((r) => (
          <RecommendationItem key={recommendationKey(r)} r={r} applied>
            <button
              type="button"
              data-testid="revert-recommendation"
              disabled={busy}
              onClick={() => void revertRecommendation(recommendationKey(r))}
            >
              Revert
            </button>
          </RecommendationItem>
        ))}
      </ul>
      <details>
        <summary>As the scenario&apos;s growth section</summary>
        <pre className="growth-json" data-testid="applied-json">
          {JSON.stringify(growthEntriesOf(applied), null, 2)}
        </pre>
      </details>
    </div>
  )
}

export function Recommendations() {
  const summary = useForecastRun((s) => s.summary)
  const applied = useForecastRun((s) => s.applied)
  const busy = useForecastRun((s) => s.status === 'running')
  if (!summary) return null
  // null: this run computed no advice (its option was off), which is not the same as none to give.
  const advice: readonly Recommendation[] = summary.recommendations ?? []
  const open = advice.filter((r) => !isApplied(applied, r))
  return (
    <div className="recommendations-panel" data-testid="recommendations">
      {open.length === 0 ? (
        <p className="muted" data-testid="no-recommendations">
          {summary.recommendations === null
            ? 'Provisioning advice was off for this forecast.'
            : advice.length === 0
              ? 'No recommendations for this forecast.'
              : 'Every recommendation of this forecast is applied.'}
        </p>
      ) : (
        <ul className="recommendations">
          {open.map((r) => (
            <RecommendationItem key={recommendationKey(r)} r={r} applied={false}>
              <button
                type="button"
                className="primary"
                data-testid="apply-recommendation"
                disabled={busy}
                title="Add its dated changes to the growth section and re-run the forecast"
                onClick={() => void applyRecommendation(r)}
              >
                Apply
              </button>
            </RecommendationItem>
          ))}
        </ul>
      )}
      <AppliedList applied={applied} busy={busy} />
    </div>
  )
}

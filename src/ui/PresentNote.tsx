// While the hall shows a past time, panels whose numbers the worker computes for the run's present (the Power tab's
// conditions list, the Failures tab's "From now" column, the Workload tab's run figures) say so in plain words and
// are greyed, so a user scrubbed back does not read present numbers as past ones (docs/history.md#scrubbing).
import type { ReactNode } from 'react'
import { useUi } from '../state/store.ts'
import { useTimeline } from '../state/timeline.ts'
import { formatShortTime } from './format.ts'
import './presentNote.css'

/** The present and the shown time in words while scrubbed back; null while the hall follows the present. */
export function usePastView(): { present: string; shown: string } | null {
  const viewS = useTimeline((s) => s.viewS)
  const presentS = useTimeline((s) => s.presentS)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  if (viewS === null) return null
  return { present: formatShortTime(startEpochS + presentS), shown: formatShortTime(startEpochS + viewS) }
}

/** "At the present, Jan 5 14:20 — the hall shows Jan 5 09:10": the words, for a note or a column's caption. */
export const presentWords = (p: { present: string; shown: string }) =>
  `At the present, ${p.present} — the hall shows ${p.shown}`

/**
 * Its children as they are while the hall follows the present; scrubbed back, greyed under a note that they
 * describe the present (data-at-present for tests).
 */
export function AtPresent({ children, testId }: { children: ReactNode; testId: string }) {
  const past = usePastView()
  if (!past) return <>{children}</>
  return (
    <div className="at-present" data-at-present="" data-testid={testId}>
      <p className="present-note" data-testid={`${testId}-note`}>
        {presentWords(past)}
      </p>
      <div className="at-present-body">{children}</div>
    </div>
  )
}

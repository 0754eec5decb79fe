// Applied recommendations as data: what tells two apart, and their changes as the growth section's lists (pure,
// so the forecast store and its tests share it without a worker).
import type { Recommendation } from '../../sim/forecast/advice/recommendation.ts'

/** What tells two recommendations apart: the action, where, and by when (the date they are needed by). */
export const recommendationKey = (r: Pick<Recommendation, 'action' | 'target' | 'by'>) =>
  `${r.action} ${r.target} ${r.by}`

export function isApplied(applied: readonly Recommendation[], r: Recommendation): boolean {
  const key = recommendationKey(r)
  return applied.some((a) => recommendationKey(a) === key)
}

/** The applied changes as the scenario's growth section holds them: `{ deployments: [...], ... }`. */
export function growthEntriesOf(applied: readonly Recommendation[]): Record<string, unknown[]> {
  const lists: Record<string, unknown[]> = {}
  for (const change of applied.flatMap((r) => r.changes)) (lists[change.into] ??= []).push(change.spec)
  return lists
}

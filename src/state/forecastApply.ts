// One-click provisioning advice: applying a recommendation adds it to the forecast's applied list and re-runs the
// forecast; reverting takes it out and re-runs. The changes applied are the recommendation's own `changes`, the
// same entries a user would write into the scenario's growth section.
import type { Recommendation } from '../../sim/forecast/advice/recommendation.ts'
import { isApplied, recommendationKey } from './appliedChanges.ts'
import { setApplied, startForecast, useForecastRun } from './forecastRun.ts'

/** Applies `r` (once) and re-runs the forecast with it; resolves when the re-run ends. */
export function applyRecommendation(r: Recommendation): Promise<void> {
  const { applied } = useForecastRun.getState()
  if (isApplied(applied, r)) return Promise.resolve()
  setApplied([...applied, r])
  return startForecast()
}

/** Takes the applied recommendation with `key` out and re-runs the forecast without it. */
export function revertRecommendation(key: string): Promise<void> {
  const { applied } = useForecastRun.getState()
  const kept = applied.filter((a) => recommendationKey(a) !== key)
  if (kept.length === applied.length) return Promise.resolve()
  setApplied(kept)
  return startForecast()
}

// Provisioning advice: dated actions for the lines a forecast crosses, each verified by re-running the forecast
// with its changes applied. docs/forecast.md#provisioning-advice
export { applyChanges } from './applyChanges.ts'
export type { Recommendation, RecommendationAction, ScenarioChange } from './recommendation.ts'
export { adviseForecast, linesToAdvise, HOLDS_BELOW } from './adviseForecast.ts'
export type { AdviceOptions } from './adviseForecast.ts'

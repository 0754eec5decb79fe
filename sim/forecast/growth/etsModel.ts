// Additive exponential smoothing in state-space (error-correction) form: ETS(A,N,N) … ETS(A,Ad,A), its one-step
// recursions, point forecasts and closed-form forecast variances (Hyndman et al. 2008, ch. 6; FPP3 §8.7).
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import { pow } from '../../math/portable.ts'

/** Which components a model has: trend none, additive or additive damped; season none or additive of period m. */
export interface EtsForm {
  trend: 'N' | 'A' | 'Ad'
  season: 'N' | 'A'
  /** Season length in steps (12 for monthly data); 1 when season is 'N'. */
  period: number
}

/** Smoothing parameters in state-space form (β = α·β*, γ = (1 − α)·γ* of the Holt–Winters form). */
export interface EtsParams {
  alpha: number
  /** 0 without a trend. */
  beta: number
  /** 0 without a season. */
  gamma: number
  /** Damping, 1 unless the trend is 'Ad'. */
  phi: number
}

/**
 * The states: level, trend (per step) and the last m seasonal terms, `season[j]` being the one applied at the
 * next step whose index ≡ j (mod m) (step 0 is the first observation).
 */
export interface EtsState {
  level: number
  trend: number
  season: number[]
}

/** "ETS(A,Ad,A)" and the like: error, trend, season (Hyndman's taxonomy; errors are always additive here). */
export function etsName(form: EtsForm): string {
  return `ETS(A,${form.trend},${form.season})`
}

/**
 * Runs the recursions over `y` from state `x0`, writing one-step errors into `errors` (and one-step forecasts
 * into `fitted` when given); returns the state after the last observation. For step t (0-based), j = t mod m:
 *   ŷ = ℓ + φb + s_j;  e = y − ŷ;  ℓ ← ℓ + φb + αe;  b ← φb + βe;  s_j ← s_j + γe.
 */
export function runEts(
  p: EtsParams,
  x0: EtsState,
  y: ArrayLike<number>,
  errors: Float64Array,
  fitted?: Float64Array,
): EtsState {
  const season = x0.season.slice()
  const m = season.length
  let level = x0.level
  let trend = x0.trend
  for (let t = 0; t < y.length; t++) {
    const j = t % m
    const damped = p.phi * trend
    const forecast = level + damped + season[j]
    const e = y[t] - forecast
    errors[t] = e
    if (fitted) fitted[t] = forecast
    level = level + damped + p.alpha * e
    trend = damped + p.beta * e
    season[j] += p.gamma * e
  }
  return { level, trend, season }
}

/** φ + φ² + … + φ^h (h when φ = 1): how much of today's trend h steps carry. */
export function dampedSum(phi: number, h: number): number {
  if (phi === 1) return h
  return (phi * (1 - pow(phi, h))) / (1 - phi)
}

/** Mean forecast h = 1…horizon steps after `state` whose next step has index `nextIndex`: ℓ + φ_h·b + s. */
export function etsMean(p: EtsParams, state: EtsState, nextIndex: number, horizon: number): number[] {
  const m = state.season.length
  const out: number[] = []
  for (let h = 1; h <= horizon; h++)
    out.push(state.level + dampedSum(p.phi, h) * state.trend + state.season[(nextIndex + h - 1) % m])
  return out
}

/**
 * Standard deviation of the h-step forecast error, h = 1…horizon, for the additive ("class 1") models in closed
 * form (Hyndman et al. 2008 Table 6.1; FPP3 §8.7): σ_h² = σ²·(1 + Σ_{j=1}^{h−1} c_j²), with
 * c_j = α + β·(j, or φ_j for a damped trend) + γ·[j ≡ 0 mod m].
 */
export function etsSigma(form: EtsForm, p: EtsParams, sigma2: number, horizon: number): number[] {
  const out: number[] = []
  let sum = 0
  for (let h = 1; h <= horizon; h++) {
    out.push(Math.sqrt(sigma2 * (1 + sum)))
    const j = h
    let c = p.alpha
    if (form.trend === 'A') c += p.beta * j
    if (form.trend === 'Ad') c += p.beta * dampedSum(p.phi, j)
    if (form.season === 'A' && j % form.period === 0) c += p.gamma
    sum += c * c
  }
  return out
}

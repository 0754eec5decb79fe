// Forecasts of a fitted ETS model with prediction intervals, and the forecast as the scenario's growth table.
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import type { DemandSpec } from '../../scenario/growthSchema.ts'
import { etsMean, etsSigma } from './etsModel.ts'
import type { EtsFit } from './etsFit.ts'

/** Mean and standard deviation of the forecast, h = 1…horizon steps after the last observation. */
export interface EtsForecast {
  mean: number[]
  sigma: number[]
}

/** Two-sided normal quantiles: the levels planners quote (80 % and 95 % are FPP3's defaults). */
const Z_OF_LEVEL: Record<number, number> = { 50: 0.67449, 80: 1.28155, 90: 1.64485, 95: 1.95996, 99: 2.57583 }

/** z of a central prediction interval: 1.28155 for 80 %, 1.95996 for 95 %. */
export function zOfLevel(levelPct: number): number {
  const z = Z_OF_LEVEL[levelPct]
  if (z === undefined)
    throw new RangeError(`interval level must be one of 50, 80, 90, 95, 99 %, got ${levelPct}`)
  return z
}

/** Mean forecast ℓ + φ_h·b + s and σ_h (closed form) for h = 1…horizon. */
export function forecastEts(fit: EtsFit, horizon: number): EtsForecast {
  if (!(Number.isInteger(horizon) && horizon >= 1))
    throw new RangeError(`horizon must be a whole number ≥ 1, got ${horizon}`)
  return {
    mean: etsMean(fit.params, fit.final, fit.n, horizon),
    sigma: etsSigma(fit.form, fit.params, fit.sigma2, horizon),
  }
}

/** Lower and upper bounds of the central `levelPct` % interval: mean ∓ z·σ_h. */
export function intervalOf(forecast: EtsForecast, levelPct: number): { lower: number[]; upper: number[] } {
  const z = zOfLevel(levelPct)
  return {
    lower: forecast.mean.map((m, i) => m - z * forecast.sigma[i]),
    upper: forecast.mean.map((m, i) => m + z * forecast.sigma[i]),
  }
}

/**
 * The fit of IT peaks (kW) as the scenario's growth demand for `months` months: month 0 is the last observed
 * period as the model sees it after that observation (ℓ_n + its seasonal term), month k the mean and σ_h at
 * h = k·stepsPerMonth (1 for monthly peaks, 30.436875/7 for weekly ones; linear between steps), σ 0 at month 0.
 * The season stays in the table: a seasonal fit needs no `seasonal` section. Clamped at 0 kW.
 */
export function growthTableOf(
  fit: EtsFit,
  months: number,
  source: string,
  stepsPerMonth = 1,
): Extract<DemandSpec, { kind: 'table' }> {
  const { mean, sigma } = forecastEts(fit, Math.ceil(months * stepsPerMonth))
  const m = fit.final.season.length
  const startKw = Math.max(0.1, fit.final.level + fit.final.season[(fit.n - 1) % m])
  // Step 0 is the last observation (σ 0); forecast step h sits at h.
  const at = (values: number[], first: number, h: number) => {
    const v = (k: number) => (k === 0 ? first : values[k - 1])
    const i = Math.floor(h)
    return h === i ? v(i) : (i + 1 - h) * v(i) + (h - i) * v(i + 1)
  }
  const meanKw = [startKw]
  const sigmaKw = [0]
  for (let k = 1; k <= months; k++) {
    meanKw.push(Math.max(0, at(mean, startKw, k * stepsPerMonth)))
    sigmaKw.push(at(sigma, 0, k * stepsPerMonth))
  }
  const what = `${fit.name} fit of ${source} (${fit.n} points, α ${fit.params.alpha.toFixed(3)}, AICc ${fit.aicc.toFixed(1)})`
  return { kind: 'table', baseItKw: startKw, meanKw, sigmaKw, source: what }
}

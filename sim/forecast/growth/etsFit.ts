// Fitting additive ETS models to a series by least squares (= maximum likelihood for additive errors) and choosing
// among them by AICc (Hyndman et al. 2008 ch. 5 and 7; FPP3 §8.6). The initial states enter the one-step errors
// linearly, so for given smoothing parameters they are solved exactly by least squares; Nelder–Mead searches the
// parameters inside the usual region. docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import { invert } from '../../model/linalg.ts'
import { etsName, runEts, type EtsForm, type EtsParams, type EtsState } from './etsModel.ts'
import { nelderMead } from './nelderMead.ts'
import { exp, log } from '../../math/portable.ts'

/** A fitted model: form, parameters, initial and final states, fit over the history and its criteria. */
export interface EtsFit {
  form: EtsForm
  name: string
  params: EtsParams
  /** States before the first observation (ℓ₀, b₀ and the seasonal terms of steps 0…m−1, summing to 0). */
  initial: EtsState
  /** States after the last observation: where forecasts start. */
  final: EtsState
  /** Observations fitted. */
  n: number
  /** One-step forecasts over the history, to draw the fit over it. */
  fitted: number[]
  sse: number
  /** Residual variance SSE/(n − k), k = parameters + free initial states. */
  sigma2: number
  aicc: number
}

// The usual region (Hyndman et al. 2008 §5.2; fable's defaults): 0 < α < 1, 0 < β < α, 0 < γ < 1 − α,
// 0.8 ≤ φ ≤ 0.98. Parameters are searched as logits inside it, so every point tried is admissible.
const EDGE = 1e-4
const PHI_MIN = 0.8
const PHI_MAX = 0.98
const logistic = (u: number) => 1 / (1 + exp(-u))

function paramsOf(form: EtsForm, u: number[]): EtsParams {
  const alpha = EDGE + (1 - 2 * EDGE) * logistic(u[0])
  let k = 1
  const beta = form.trend === 'N' ? 0 : alpha * logistic(u[k++])
  const gamma = form.season === 'N' ? 0 : (1 - alpha) * logistic(u[k++])
  const phi = form.trend === 'Ad' ? PHI_MIN + (PHI_MAX - PHI_MIN) * logistic(u[k]) : 1
  return { alpha, beta, gamma, phi }
}

/** Free initial states: level, trend when there is one, m − 1 seasonal terms (the m-th makes their sum 0). */
function stateCount(form: EtsForm): number {
  return 1 + (form.trend === 'N' ? 0 : 1) + (form.season === 'N' ? 0 : form.period - 1)
}

/** The initial state whose free coordinates are `x` (seasonal sum constrained to 0). */
function stateOf(form: EtsForm, x: ArrayLike<number>): EtsState {
  const m = form.season === 'N' ? 1 : form.period
  const first = form.trend === 'N' ? 1 : 2
  const season = new Array<number>(m).fill(0)
  for (let j = 0; j < m - 1; j++) {
    season[j] = x[first + j]
    season[m - 1] -= x[first + j]
  }
  return { level: x[0], trend: form.trend === 'N' ? 0 : x[1], season }
}

/**
 * The initial states minimising the SSE for these parameters: e = a + G·x (a: errors from x = 0; column i of G:
 * errors of a zero series from unit state i), so x = −(GᵀG)⁻¹Gᵀa. Returns undefined when GᵀG is singular.
 */
function bestInitial(form: EtsForm, p: EtsParams, y: ArrayLike<number>): EtsState | undefined {
  const n = y.length
  const k = stateCount(form)
  const a = new Float64Array(n)
  runEts(p, stateOf(form, new Float64Array(k)), y, a)
  const zeros = new Float64Array(n)
  const g: Float64Array[] = []
  for (let i = 0; i < k; i++) {
    const unit = new Float64Array(k)
    unit[i] = 1
    const column = new Float64Array(n)
    runEts(p, stateOf(form, unit), zeros, column)
    g.push(column)
  }
  const gtg = new Float64Array(k * k)
  const gta = new Float64Array(k)
  for (let i = 0; i < k; i++) {
    gta[i] = dot(g[i], a)
    for (let j = 0; j <= i; j++) gtg[i * k + j] = gtg[j * k + i] = dot(g[i], g[j])
  }
  let inverse: Float64Array
  try {
    inverse = invert(gtg, k)
  } catch {
    return undefined
  }
  const x = new Float64Array(k)
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) x[i] -= inverse[i * k + j] * gta[j]
  return stateOf(form, x)
}

function dot(u: Float64Array, v: Float64Array): number {
  let s = 0
  for (let i = 0; i < u.length; i++) s += u[i] * v[i]
  return s
}

/** Least admissible SSE (avoids log 0 on a noise-free series; far below any measured series' SSE). */
const SSE_FLOOR = 1e-12

/**
 * Fits one model form to `y` (equally spaced, oldest first). Parameters from three Nelder–Mead starts
 * (α* = 0.2, 0.5, 0.8 with the others at their logit midpoints), the best kept.
 * @throws RangeError when `y` holds a non-finite value (naming its index) or too few points for the form
 */
export function fitEts(y: ArrayLike<number>, form: EtsForm): EtsFit {
  checkSeries(y, form)
  const n = y.length
  const errors = new Float64Array(n)
  const sseOf = (u: number[]) => {
    const p = paramsOf(form, u)
    const x0 = bestInitial(form, p, y)
    if (!x0) return Infinity
    runEts(p, x0, y, errors)
    const sse = dot(errors, errors)
    // An ill-conditioned solve can return NaN; Nelder–Mead must see it as the worst point, not compare with it.
    return Number.isFinite(sse) ? sse : Infinity
  }
  const dims =
    1 + (form.trend === 'N' ? 0 : 1) + (form.season === 'N' ? 0 : 1) + (form.trend === 'Ad' ? 1 : 0)
  let best = { x: [] as number[], value: Infinity }
  for (const alphaLogit of [-1.386, 0, 1.386]) {
    const found = nelderMead(sseOf, [alphaLogit, ...new Array<number>(dims - 1).fill(0)])
    if (found.value < best.value) best = found
  }
  if (!Number.isFinite(best.value))
    throw new RangeError(`${etsName(form)}: the series does not identify its states`)
  const params = paramsOf(form, best.x)
  const initial = bestInitial(form, params, y) as EtsState
  const fitted = new Float64Array(n)
  const final = runEts(params, initial, y, errors, fitted)
  const sse = Math.max(dot(errors, errors), SSE_FLOOR)
  const k = dims + stateCount(form) + 1 // parameters, free initial states, σ²
  const aic = n * log(sse / n) + 2 * k
  return {
    form,
    name: etsName(form),
    params,
    initial,
    final,
    n,
    fitted: Array.from(fitted),
    sse,
    sigma2: sse / (n - k + 1),
    aicc: aic + (2 * k * (k + 1)) / (n - k - 1),
  }
}

/** Observations a form needs: more than its parameter count + 1 for AICc, and two full seasons when seasonal. */
export function minimumLength(form: EtsForm): number {
  const k = 1 + (form.trend === 'N' ? 0 : 1) + (form.trend === 'Ad' ? 1 : 0) + (form.season === 'N' ? 0 : 1)
  const needed = k + stateCount(form) + 3
  return form.season === 'A' ? Math.max(needed, 2 * form.period) : needed
}

function checkSeries(y: ArrayLike<number>, form: EtsForm): void {
  for (let i = 0; i < y.length; i++)
    if (!Number.isFinite(y[i])) throw new RangeError(`series[${i}] must be a finite number, got ${y[i]}`)
  if (form.season === 'A' && !(Number.isInteger(form.period) && form.period >= 2))
    throw new RangeError(`a seasonal model needs a whole period ≥ 2, got ${form.period}`)
  const needed = minimumLength(form)
  if (y.length < needed)
    throw new RangeError(`${etsName(form)} needs at least ${needed} observations, got ${y.length}`)
}

/** The candidate forms, non-seasonal ones always and seasonal ones with period `period` (≥ 2). */
export function candidateForms(period: number): EtsForm[] {
  const trends: EtsForm['trend'][] = ['N', 'A', 'Ad']
  const plain = trends.map((trend): EtsForm => ({ trend, season: 'N', period: 1 }))
  if (period < 2) return plain
  return [...plain, ...trends.map((trend): EtsForm => ({ trend, season: 'A', period }))]
}

/**
 * Fits every candidate the series is long enough for and returns them by AICc, lowest (chosen) first.
 * @throws RangeError when the series is too short even for ETS(A,N,N)
 */
export function autoEts(y: ArrayLike<number>, period: number): EtsFit[] {
  const forms = candidateForms(period).filter((form) => y.length >= minimumLength(form))
  if (forms.length === 0)
    throw new RangeError(
      `a growth fit needs at least ${minimumLength(candidateForms(1)[0])} observations, got ${y.length}`,
    )
  return forms.map((form) => fitEts(y, form)).sort((a, b) => a.aicc - b.aicc)
}

// Golden check against R's forecast package (Hyndman's reference ETS) on datasets::USAccDeaths (72 months):
// golden/usAccDeaths.json is written by golden/usAccDeaths.R. With R's parameters and initial states our recursions
// give R's fitted values and forecasts and our closed-form σ_h R's 80 % and 95 % intervals; our own fit reaches
// R's SSE or lower (R holds β and γ at 1e-4 or more, we let them near 0), the same AICc up to R's n·ln n, and the
// same additive model by AICc.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { autoEts, fitEts } from './etsFit.ts'
import { etsMean, etsSigma, runEts, type EtsForm, type EtsParams } from './etsModel.ts'

interface RModel {
  method: string
  par: Record<string, number>
  initialStates: number[]
  sigma2: number
  aicc: number
  mse: number
  fitted: number[]
  mean: number[]
  upper80: number[]
  upper95: number[]
}
const golden = JSON.parse(readFileSync(join(import.meta.dirname, 'golden/usAccDeaths.json'), 'utf8')) as {
  y: number[]
  autoAdditive: string
} & Record<'AAA' | 'AAdA' | 'ANN', RModel>
const y = golden.y
const n = y.length

const FORMS: Record<'AAA' | 'AAdA' | 'ANN', EtsForm> = {
  AAA: { trend: 'A', season: 'A', period: 12 },
  AAdA: { trend: 'Ad', season: 'A', period: 12 },
  ANN: { trend: 'N', season: 'N', period: 1 },
}

/** R's states row is ℓ, b, s1 … s12 with s1 the newest; ours has season[j] applied at step j, oldest first. */
function rStart(form: EtsForm, r: RModel) {
  const s = r.initialStates
  const trended = form.trend !== 'N'
  const season = form.season === 'A' ? s.slice(trended ? 2 : 1).reverse() : [0]
  return { level: s[0], trend: trended ? s[1] : 0, season }
}

function rParams(r: RModel): EtsParams {
  return { alpha: r.par.alpha, beta: r.par.beta ?? 0, gamma: r.par.gamma ?? 0, phi: r.par.phi ?? 1 }
}

const relClose = (a: number, b: number, rel: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.abs(b))

describe.each(['AAA', 'AAdA', 'ANN'] as const)('R forecast::ets %s on USAccDeaths', (name) => {
  const r = golden[name]
  const form = FORMS[name]

  it('our recursions from R’s states give R’s fitted values, forecasts and interval widths', () => {
    expect(r.method).toBe(`ETS(A,${form.trend},${form.season})`)
    const p = rParams(r)
    const errors = new Float64Array(n)
    const fitted = new Float64Array(n)
    const final = runEts(p, rStart(form, r), y, errors, fitted)
    fitted.forEach((f, t) => relClose(f, r.fitted[t], 1e-7))
    relClose(errors.reduce((s, e) => s + e * e, 0) / n, r.mse, 1e-6)
    const mean = etsMean(p, final, n, 24)
    const sigma = etsSigma(form, p, r.sigma2, 24)
    for (let h = 0; h < 24; h++) {
      relClose(mean[h], r.mean[h], 1e-7)
      relClose(1.2815516 * sigma[h], r.upper80[h] - r.mean[h], 1e-6)
      relClose(1.959964 * sigma[h], r.upper95[h] - r.mean[h], 1e-6)
    }
  })

  it('our fit reaches R’s SSE or lower, and our AICc is R’s less n·ln n', () => {
    const fit = fitEts(y, form)
    expect(fit.sse).toBeLessThanOrEqual(r.mse * n * (1 + 1e-6))
    // R's −2 log L is n·ln SSE where ours is n·ln(SSE/n): R's AICc is ours + n·ln n, same k (parameters + 1).
    const k = Object.keys(r.par).length + 1
    const ourAiccAtRsFit = n * Math.log(r.mse) + 2 * k + (2 * k * (k + 1)) / (n - k - 1)
    expect(ourAiccAtRsFit + n * Math.log(n)).toBeCloseTo(r.aicc, 4)
    expect(fit.aicc + n * Math.log(n)).toBeLessThanOrEqual(r.aicc + 1e-6)
  })
})

it('chooses the model R chooses among the additive ones', { timeout: 30_000 }, () => {
  const best = autoEts(y, 12)[0]
  expect(best.name).toBe(golden.autoAdditive)
})

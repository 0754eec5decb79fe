import { describe, expect, it } from 'vitest'
import { defaultOptions, demandOf, demandText, optionErrors, scenarioFactsOf } from './forecastOptions.ts'

const ok = defaultOptions(4)

describe('forecast options', () => {
  it('defaults run: 24 months, 100 replicas, the scenario’s seed and demand, a worker per core', () => {
    expect(ok).toEqual({
      months: 24,
      replicas: 100,
      seed: null,
      workers: 4,
      growth: { kind: 'scenario' },
      sampleFailures: true,
      advice: true,
    })
    expect(optionErrors(ok)).toEqual({})
    expect(defaultOptions(0).workers).toBe(1)
  })

  it('each bad field is named with its range', () => {
    expect(optionErrors({ ...ok, months: 121 }).months).toBe(
      'Horizon: a whole number of months from 1 to 120',
    )
    expect(optionErrors({ ...ok, months: NaN }).months).toContain('Horizon')
    expect(optionErrors({ ...ok, replicas: 2.5 }).replicas).toBe('Replicas: a whole number from 1 to 2000')
    expect(optionErrors({ ...ok, seed: -1 }).seed).toContain('0 to 4294967295')
    expect(optionErrors({ ...ok, workers: 0 }).workers).toContain('1 to 64')
    const compound = { kind: 'compound', percentPerMonth: 101, sigmaPercentPerMonth: -1 } as const
    expect(optionErrors({ ...ok, growth: compound })).toEqual({
      rate: 'Growth: −50 to 100 %/month',
      sigma: 'σ: 0 to 50 %/month',
    })
    const linear = { kind: 'linear', baseItKw: 0, kwPerMonth: 5, sigmaKwPerMonth: 0 } as const
    expect(optionErrors({ ...ok, growth: linear })).toEqual({ base: 'Start IT: 0.1 to 1,000,000 kW' })
  })

  it('knobs become the growth schema’s demand; the scenario’s own is read from its text', () => {
    expect(demandOf({ kind: 'scenario' })).toBeNull()
    expect(demandOf({ kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 })).toEqual({
      kind: 'compound',
      percentPerMonth: 3,
      sigmaPercentPerMonth: 1,
    })
    const text = JSON.stringify({
      seed: 9,
      growth: {
        demand: { kind: 'compound', percentPerMonth: 2.5, sigmaPercentPerMonth: 1 },
        tariff: { currency: 'EUR' },
      },
    })
    const facts = scenarioFactsOf(text)
    expect(facts).toMatchObject({ seed: 9, currency: 'EUR' })
    expect(demandText(facts.demand)).toBe('compound +2.5 %/month, σ 1 %/month')
    expect(demandText({ kind: 'linear', baseItKw: 100, kwPerMonth: -5 })).toBe(
      'linear from 100 kW, −5 kW/month, σ 0',
    )
    expect(scenarioFactsOf('{ not json')).toEqual({ demand: null, seed: null, currency: null })
  })
})

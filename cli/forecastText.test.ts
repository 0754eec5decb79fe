// The text summary's words on what was assumed and what was skipped: the chiller plant, and the provisioning advice
// when it was not computed. Summaries are real runForecast ones on the runner's test halls (one replica, one month).
import { describe, expect, it } from 'vitest'
import { runForecast } from '../sim/forecast/run/index.ts'
import { chillerHall } from '../sim/forecast/run/runHalls.ts'
import { forecastText } from './forecastText.ts'

const summaryOf = (chillers: number, spares: number, failures = true) =>
  runForecast(chillerHall(chillers, spares), { months: 1, replicas: 1, seed: 1, failures }).summary

describe('forecast text: the chiller plant assumed and advice skipped', () => {
  it('names one chiller, no standby, and what to set for a standby; the JSON carries it', () => {
    const summary = summaryOf(1, 0)
    expect(summary.failures.chillerPlant).toEqual({ chillers: 1, spares: 0 })
    const text = forecastText('hall', summary)
    expect(text).toContain(
      'Chiller plant assumed: 1 chiller, no standby: a sampled chiller failure fails every CRAH.',
    )
    expect(text).toContain('set reliability.chillers 2 and reliability.chillerSpares 1')
  })

  it('names a standby plant as set, and nothing when failures were not sampled', () => {
    expect(forecastText('hall', summaryOf(2, 1))).toContain(
      'Chiller plant assumed: 2 chillers, 1 standby: every CRAH fails while 2 of them are down',
    )
    const growthOnly = summaryOf(1, 0, false)
    expect(growthOnly.failures.chillerPlant).toBeNull()
    expect(forecastText('hall', growthOnly)).not.toContain('Chiller plant')
  })

  it('says advice was skipped when it was not computed (null), and none when it found nothing ([])', () => {
    const summary = summaryOf(1, 0)
    expect(summary.recommendations).toBeNull()
    expect(forecastText('hall', summary)).toContain('Provisioning advice: skipped (--no-advice).')
    expect(forecastText('hall', { ...summary, recommendations: [] })).toContain(
      '  none: no line is crossed by growth at p10 within the horizon',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { runForecast, todayCapacityOf, planForecast } from '../sim/forecast/run/index.ts'
import { upsHallInput } from '../sim/forecast/run/runHalls.ts'
import { forecastWorkerApi, scenarioOfJob, type ForecastJob } from './forecastJob.ts'
import { parseScenario } from '../sim/index.ts'

// 450 kW at 3 %/month (σ 1) against a 700 kW UPS; the job carries it as the text the tab sends.
const input = upsHallInput({ demand: { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 } })
const job: ForecastJob = {
  scenarioText: JSON.stringify(input),
  source: 'ups.json',
  months: 12,
  seed: 7,
  failures: null,
  advice: false,
  demand: null,
  changes: [],
}

describe('forecast job (the browser pool worker)', () => {
  it(
    'replicas in any chunks give runForecast’s records; today from the same plan',
    { timeout: 60_000 },
    () => {
      const scenario = { ...parseScenario(input), seed: 7 }
      const node = runForecast(scenario, { months: 12, replicas: 4, seed: 7 })
      // Chunks out of order, as two workers would take them.
      const records = [...forecastWorkerApi.run(job, [2, 3]), ...forecastWorkerApi.run({ ...job }, [0, 1])]
      expect(records.sort((a, b) => a.replica - b.replica)).toEqual(node.records)
      // Growth only, as `--no-failures`.
      const growthOnly = runForecast(scenario, { months: 12, replicas: 1, seed: 7, failures: false })
      expect(forecastWorkerApi.run({ ...job, failures: false }, [0])).toEqual(growthOnly.records)
      expect(forecastWorkerApi.today(job)).toEqual(todayCapacityOf(planForecast(scenario, { months: 12 })))
    },
  )

  it('the knobs replace growth.demand; applied changes are appended; the seed defaults to the scenario’s', () => {
    const s = scenarioOfJob({
      ...job,
      seed: null,
      demand: { kind: 'linear', baseItKw: 450, kwPerMonth: 20 },
      changes: [{ into: 'decommissions', spec: { kind: 'rack', date: '2027-01-01', rack: 'A-01' } }],
    })
    expect(s.growth?.demand).toEqual({ kind: 'linear', baseItKw: 450, kwPerMonth: 20, sigmaKwPerMonth: 0 })
    expect(s.growth?.decommissions).toHaveLength(1)
    expect(s.seed).toBe(parseScenario(input).seed)
  })

  it('a bad knob or a scenario without growth is named by file and JSON path', () => {
    expect(() =>
      scenarioOfJob({ ...job, demand: { kind: 'compound', percentPerMonth: 500, sigmaPercentPerMonth: 0 } }),
    ).toThrow(/ups\.json: \$\.growth\.demand\.percentPerMonth/)
    const bare = JSON.stringify({ ...input, growth: undefined })
    expect(() => scenarioOfJob({ ...job, scenarioText: bare })).toThrow('ups.json: $.growth: missing')
  })
})

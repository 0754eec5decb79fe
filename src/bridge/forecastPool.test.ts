import { expose } from 'comlink'
import { describe, expect, it } from 'vitest'
import { runForecast } from '../../sim/forecast/run/index.ts'
import { upsHall, upsHallInput } from '../../sim/forecast/run/runHalls.ts'
import { forecastWorkerApi, type ForecastJob } from '../../workers/forecastJob.ts'
import { CancelledError, runForecastPool, type PoolWorker } from './forecastPool.ts'

// 450 kW at 3 %/month (σ 1) against a 700 kW UPS, failures sampled as the scenario's defaults say.
const growth = { demand: { kind: 'compound', percentPerMonth: 3, sigmaPercentPerMonth: 1 } } as const
const job: ForecastJob = {
  scenarioText: JSON.stringify(upsHallInput(growth)),
  source: 'ups.json',
  months: 12,
  seed: 5,
  failures: null,
  advice: false,
  demand: null,
  changes: [],
}

// A MessageChannel stands in for each Web Worker: the same structured clone and comlink protocol, the real
// worker API on the far port; terminate closes both ports.
function portWorker(): PoolWorker {
  const { port1, port2 } = new MessageChannel()
  expose(forecastWorkerApi, port1)
  return Object.assign(port2, { terminate: () => (port1.close(), port2.close()) })
}

describe('the Forecast tab’s pool', () => {
  it(
    '3 workers give runForecast’s summary, the CLI --json bytes, progress to 6 of 6',
    { timeout: 60_000 },
    async () => {
      const progress: number[] = []
      const run = runForecastPool(job, 6, 3, (done) => progress.push(done), undefined, portWorker)
      const summary = await run.summary
      const node = runForecast({ ...upsHall(growth), seed: 5 }, { months: 12, replicas: 6, seed: 5 }).summary
      expect(JSON.stringify({ forecast: summary }, null, 2)).toBe(JSON.stringify({ forecast: node }, null, 2))
      expect(progress.at(-1)).toBe(6)
      expect(progress).toEqual([...progress].sort((a, b) => a - b))
    },
  )

  it('cancel after the first chunk rejects with CancelledError; a refused scenario rejects naming its path', async () => {
    let run: ReturnType<typeof runForecastPool> | null = null
    run = runForecastPool(job, 40, 1, () => run?.cancel(), undefined, portWorker)
    await expect(run.summary).rejects.toBeInstanceOf(CancelledError)
    const bad = { ...job, demand: { kind: 'compound', percentPerMonth: 500 } } as const
    const refused = runForecastPool(bad, 2, 1, () => {}, undefined, portWorker)
    await expect(refused.summary).rejects.toThrow('ups.json: $.growth.demand.percentPerMonth')
  })
})

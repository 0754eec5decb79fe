// What following a live source costs: the default hall for a simulated hour, with and without a 1 s feed.
import { readFileSync } from 'node:fs'
import { createSimulation, parseScenarioText } from '../sim/index.ts'
import type { Measurement, Metric } from '../sim/index.ts'

const FILE = 'scenarios/default.json'
const HOUR_S = 3600
const BATCH_S = 15 // a Prometheus poll at a 15 s step hands over this much at once
const ROUNDS = 5
const METRICS: Metric[] = ['cpu_utilization', 'power', 'inlet_temperature']

/** One simulated hour; with `feed`, every rack reports three metrics each second, ingested in 15 s batches. */
function runHour(feed: boolean): { wallMs: number; readings: number } {
  const scenario = parseScenarioText(readFileSync(FILE, 'utf8'), FILE)
  const sim = createSimulation(scenario)
  const racks = scenario.racks.map((r) => r.id)
  let readings = 0
  const t0 = performance.now()
  for (let batchS = 0; batchS < HOUR_S; batchS += BATCH_S) {
    if (feed) {
      const batch: Measurement[] = []
      for (let s = batchS; s < batchS + BATCH_S; s++)
        for (const [k, asset] of racks.entries())
          for (const metric of METRICS) {
            const value =
              metric === 'cpu_utilization' ? 0.3 + 0.002 * ((s + k) % 100) : metric === 'power' ? 3000 : 22
            batch.push({
              timeS: scenario.startEpochS + s,
              asset,
              metric,
              value,
              unit: metric === 'power' ? 'W' : metric === 'cpu_utilization' ? 'ratio' : 'C',
            })
          }
      readings += batch.length
      sim.ingest(batch)
    }
    sim.runUntil(batchS + BATCH_S)
  }
  return { wallMs: performance.now() - t0, readings }
}

/** Best of several interleaved rounds, with and without the feed, and how much faster than real time. */
export function liveReport(): string[] {
  let bare = Infinity
  let fed = Infinity
  let readings = 0
  for (let round = 0; round < ROUNDS; round++) {
    bare = Math.min(bare, runHour(false).wallMs)
    const run = runHour(true)
    fed = Math.min(fed, run.wallMs)
    readings = run.readings
  }
  const perS = readings / (fed / 1000)
  return [
    '== live',
    `${FILE} for one simulated hour, best of ${ROUNDS}; feed: ${readings.toLocaleString('en')} readings (24 racks × 3 metrics × 1 s)`,
    `  without a feed  ${bare.toFixed(0).padStart(6)} ms`,
    `  with the feed   ${fed.toFixed(0).padStart(6)} ms   ${(fed / bare).toFixed(2)}× the bare run, ${Math.round(perS).toLocaleString('en')} readings/s`,
    `  the fed twin runs ${Math.round((HOUR_S * 1000) / fed).toLocaleString('en')}× faster than real time (target ≥ 100×: ${(HOUR_S * 1000) / fed >= 100 ? 'PASS' : 'MISS'})`,
  ]
}

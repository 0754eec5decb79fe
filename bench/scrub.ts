// What a scrub costs: the worker's scrubFrame on the default and the large hall, from t = 0 and from a cursor.
// `npx tsx bench/scrub.ts`; the figures are in docs/history.md#what-a-scrub-costs.
import { readFileSync } from 'node:fs'
import { createSimApi } from '../workers/simApi.ts'

const DAY_S = 86_400

async function timedS(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return (performance.now() - t0) / 1000
}

/** A run of `file` played to 2 days with its first cooling unit failed at 6 h; then scrubs timed against it. */
export async function scrubReport(file: string): Promise<string[]> {
  const api = createSimApi()
  const layout = api.load(readFileSync(file, 'utf8'), file)
  const n = layout.snapshot.length
  const out = () => new Float64Array(n)
  api.step(6 * 3600, out())
  const unitId = api.origin().scenario.coolingUnits[0].id
  api.apply({ type: 'failCoolingUnit', unitId })
  const liveS = await timedS(async () => api.step(2 * DAY_S - 6 * 3600, out()))
  const fromZeroS = await timedS(() => api.scrubFrame(DAY_S, out()))
  const forwardHourS = await timedS(() => api.scrubFrame(DAY_S + 3600, out()))
  const forwardDayS = await timedS(() => api.scrubFrame(2 * DAY_S, out()))
  const backS = await timedS(() => api.scrubFrame(DAY_S / 2, out()))
  const f = (s: number) => `${(s * 1000).toFixed(0)} ms`
  return [
    `${file} (${n} values a frame)`,
    `  live run 6 h → 2 d:                ${f(liveS)}`,
    `  scrub to day 1 from t = 0:          ${f(fromZeroS)}`,
    `  scrub forward 1 h from the cursor:  ${f(forwardHourS)}`,
    `  scrub forward to day 2 (1 d more):  ${f(forwardDayS)}`,
    `  scrub back to 12 h (replay from 0): ${f(backS)}`,
  ]
}

// The default hall twice: its first pass pays for the JIT warming up.
for (const file of ['scenarios/default.json', 'scenarios/default.json', 'scenarios/large-hall.json'])
  console.log((await scrubReport(file)).join('\n'))

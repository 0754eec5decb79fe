// Long horizons: the fast method against the full fine-step reference, per month and per crossing, side by side.
import { readFileSync } from 'node:fs'
import { parseScenarioText } from '../sim/index.ts'
import { MONTH_S, runHorizon } from '../sim/forecast/horizon/index.ts'
import type { HorizonOptions, HorizonResult } from '../sim/forecast/horizon/index.ts'

// The acceptance the method is held to (docs/forecast.md#long-horizons-method-and-proof).
const CROSSING_TOLERANCE = 0.02
const PEAK_INLET_TOLERANCE_K = 0.2
const LIMITS_C = [24, 25, 27, 32]
// PLENUM_BENCH_HORIZON_MONTHS shortens the run (the large hall's 24-month reference takes over ten minutes on
// an idle 2-core box) and PLENUM_BENCH_HORIZON_GROWTH (per month) brings its crossings into the shorter span.
const MONTHS = Number(process.env.PLENUM_BENCH_HORIZON_MONTHS ?? 24)
const GROWTH = Number(process.env.PLENUM_BENCH_HORIZON_GROWTH ?? 0.03)
const allHalls = [
  { file: 'scenarios/default.json', itLimitW: 150_000 },
  { file: 'scenarios/large-hall.json', itLimitW: 3_000_000 },
  // The default hall with 2 of 3 CRAHs down for 20 minutes on day 1: a transient inside the horizon.
  { file: 'scenarios/crah-failure.json', itLimitW: 150_000 },
]
// PLENUM_BENCH_HORIZON_HALLS (comma-separated parts of file names, e.g. "crah") runs only those halls.
const only = process.env.PLENUM_BENCH_HORIZON_HALLS?.split(',').filter((s) => s.length > 0)
const halls = only ? allHalls.filter((h) => only.some((part) => h.file.includes(part))) : allHalls

function timed(file: string, options: HorizonOptions): { result: HorizonResult; wallS: number } {
  const scenario = parseScenarioText(readFileSync(file, 'utf8'), file)
  const t0 = performance.now()
  const result = runHorizon(scenario, options)
  return { result, wallS: (performance.now() - t0) / 1000 }
}

const months = (s: number | null) => (s === null ? 'never' : `${(s / MONTH_S).toFixed(3)} mo`)

function compare(fine: HorizonResult, fast: HorizonResult): { lines: string[]; pass: boolean } {
  let pass = true
  const lines: string[] = []
  const crossings = [
    ...fine.inletLimitsC.map((c, k) => ({
      what: `hottest inlet ${c} °C`,
      a: fine.inletCrossingS[k],
      b: fast.inletCrossingS[k],
    })),
    { what: 'IT power limit', a: fine.itCrossingS, b: fast.itCrossingS },
  ]
  for (const { what, a, b } of crossings) {
    const ok = a === null ? b === null : b !== null && Math.abs(b / a - 1) <= CROSSING_TOLERANCE
    pass &&= ok
    const rel = a !== null && b !== null ? `${((b / a - 1) * 100).toFixed(3)} %` : ''
    lines.push(
      `  ${what.padEnd(22)} fine ${months(a).padStart(10)}  fast ${months(b).padStart(10)}  ${rel.padStart(9)}  ${ok ? 'ok' : 'OFF'}`,
    )
  }
  let worstK = 0
  let worstIt = 0
  let worstEnergy = 0
  fine.months.forEach((m, i) => {
    const f = fast.months[i]
    worstK = Math.max(worstK, Math.abs(f.peakInletC - m.peakInletC))
    worstIt = Math.max(worstIt, Math.abs(f.peakItW / m.peakItW - 1))
    worstEnergy = Math.max(worstEnergy, Math.abs(f.facilityEnergyKwh / m.facilityEnergyKwh - 1))
  })
  pass &&= worstK <= PEAK_INLET_TOLERANCE_K
  lines.push(
    `  worst month: peak inlet ${worstK.toFixed(3)} K (≤ ${PEAK_INLET_TOLERANCE_K})  peak IT ${(worstIt * 100).toFixed(3)} %  facility energy ${(worstEnergy * 100).toFixed(3)} %`,
  )
  // Racks tripping and restarting are a relay with hysteresis: which rack trips when is not expected to match
  // between the methods (docs/forecast.md#long-horizons-method-and-proof), so the counts are shown, not held.
  const trips = (r: HorizonResult) => r.months.map((m) => m.rackTrips ?? '?').join(' ')
  if (fine.months.some((m) => m.rackTrips !== 0))
    lines.push(`  rack trips a month, fine: ${trips(fine)}`, `                    fast: ${trips(fast)}`)
  return { lines, pass }
}

/** Each shipped hall over MONTHS at 3 %/month compounded: fine-step reference, then the fast method. */
export function horizonReport(): string[] {
  const lines = [
    '== horizon',
    `${MONTHS} months, load × ${1 + GROWTH} per month compounded, inlet limits ${LIMITS_C.join('/')} °C`,
    '',
  ]
  for (const { file, itLimitW } of halls) {
    const options = {
      months: MONTHS,
      loadScaleAt: (tS: number) => (1 + GROWTH) ** (tS / MONTH_S),
      itLimitW,
      inletLimitsC: LIMITS_C,
    }
    const fine = timed(file, { ...options, method: 'fine' })
    const fast = timed(file, { ...options, method: 'fast' })
    const { lines: rows, pass } = compare(fine.result, fast.result)
    const speed = fine.wallS / fast.wallS
    lines.push(
      `${file}, IT limit ${itLimitW / 1000} kW`,
      `  fine ${fine.wallS.toFixed(1)} s, ${fine.result.events.toLocaleString('en-US')} events   fast ${fast.wallS.toFixed(1)} s, ${fast.result.events.toLocaleString('en-US')} events   ${speed.toFixed(1)}× faster (${(fine.result.events / fast.result.events).toFixed(1)}× fewer events)`,
      ...rows,
      `  ${pass ? 'PASS' : 'MISS'}: crossings within ${CROSSING_TOLERANCE * 100} %, peak inlets within ${PEAK_INLET_TOLERANCE_K} K`,
      '',
    )
  }
  lines.push(`max RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`, '')
  return lines
}

// createCompareApi: two runs (any hall, from any start, with hypothetical commands or none) walked over the same
// horizon in a worker of their own, so the live twin keeps stepping; each rack's inlet kept at every sample for
// the Δ floor map. docs/compare.md#how-a-comparison-runs
import { replayInputs } from '../sim/index.ts'
import type { ForkInputs, Scenario, TimedCommand } from '../sim/index.ts'
import { transfer } from 'comlink'
import { checkRequest, walkForecast } from './forecastApi.ts'
import type { ForecastSeries, ForecastSummary } from './forecastApi.ts'

/** One side of a comparison: a run's inputs up to where it starts, and what is scheduled on top. */
export interface CompareRunSpec {
  label: string
  inputs: ForkInputs
  /** Absolute times, s since the scenario start; times before inputs.nowS are taken as nowS. */
  hypothetical: readonly TimedCommand[]
}

/** A rack's place on the floor plan (centre and size, m), for the 2D map. */
export interface MapRack {
  id: string
  xM: number
  yM: number
  widthM: number
  depthM: number
  facing: Scenario['racks'][number]['facing']
}

export interface ComparedRun {
  label: string
  /** Where the run's walk starts, s since its scenario start; that scenario's t = 0 as Unix s. */
  fromS: number
  startEpochS: number
  room: { widthM: number; depthM: number }
  racks: MapRack[]
  /** Cooling units' places, drawn on the map for orientation (which racks stand near a failed unit). */
  units: MapRack[]
  series: ForecastSeries
  summary: ForecastSummary
  /** Row-major [sample * racks.length + rack], °C, at the series' sample times. */
  rackInletC: Float32Array
  /** Facility energy priced by the scenario's tariff (growth.tariff) over the horizon; null without one. */
  energyCost: number | null
  currency: string | null
}

export interface Comparison {
  horizonS: number
  sampleS: number
  a: ComparedRun
  b: ComparedRun
}

/** Progress is reported each time it moves by at least this fraction, so messages stay few (~100 a run). */
const PROGRESS_STEP = 0.01
/** Replays yield this often (simulated s), so a long run-so-far still moves the bar. */
const REPLAY_CHUNK_S = 3600

const priceAt = (price: number | number[], epochS: number) => {
  if (typeof price === 'number') return price
  const hour = Math.floor((((epochS % 86_400) + 86_400) % 86_400) / 3600)
  return price[hour]
}

type Progress = (doneS: number) => void

const mapBox = ({ id, xM, yM, widthM, depthM, facing }: MapRack): MapRack => ({
  id,
  xM,
  yM,
  widthM,
  depthM,
  facing,
})

function compareOne(
  spec: CompareRunSpec,
  horizonS: number,
  sampleS: number,
  progress: Progress,
): ComparedRun {
  const { inputs } = spec
  const replay = replayInputs(inputs, REPLAY_CHUNK_S)
  let step = replay.next()
  while (!step.done) {
    progress(step.value)
    step = replay.next()
  }
  const sim = step.value
  for (const entry of spec.hypothetical) sim.schedule(entry.command, Math.max(entry.atS, inputs.nowS))

  const { scenario, world } = sim
  const rackCount = world.rackCount
  const tariff = scenario.growth?.tariff
  const rackInletC = new Float32Array(Math.ceil(horizonS / sampleS + 2) * rackCount)
  let [samples, lastKwh, energyCost] = [0, sim.kpis().facilityEnergyKwh, 0]
  let lastEpochS = scenario.startEpochS + inputs.nowS
  const forecast = walkForecast(sim, inputs.nowS + horizonS, sampleS, (k) => {
    rackInletC.set(world.rackInletC.subarray(0, rackCount), k * rackCount)
    samples = k + 1
    const kwh = sim.kpis().facilityEnergyKwh
    // Each interval priced at the hour it starts in: samples are at most an hour apart (FORK_HORIZONS).
    if (tariff) energyCost += (kwh - lastKwh) * priceAt(tariff.pricePerKwh, lastEpochS)
    ;[lastKwh, lastEpochS] = [kwh, scenario.startEpochS + sim.nowS]
    progress(sim.nowS)
  })
  return {
    label: spec.label,
    fromS: inputs.nowS,
    startEpochS: scenario.startEpochS,
    room: { widthM: scenario.room.widthM, depthM: scenario.room.depthM },
    racks: scenario.racks.map(mapBox),
    units: scenario.coolingUnits.map(mapBox),
    series: forecast.series,
    summary: forecast.summary,
    rackInletC: rackInletC.slice(0, samples * rackCount),
    energyCost: tariff ? energyCost : null,
    currency: tariff ? tariff.currency : null,
  }
}

const buffersOf = (run: ComparedRun) => [
  ...Object.values(run.series).map((c) => c.buffer),
  run.rackInletC.buffer,
]

export function createCompareApi() {
  return {
    /**
     * Walks A then B over horizonS, sampling every sampleS. onProgress(fraction) as simulated time is done
     * (replays included). One synchronous call: the caller cancels by terminating the worker.
     */
    run(
      a: CompareRunSpec,
      b: CompareRunSpec,
      horizonS: number,
      sampleS: number,
      onProgress: (fraction: number) => void = () => {},
    ): Comparison {
      for (const [name, spec] of [
        ['A', a],
        ['B', b],
      ] as const) {
        try {
          checkRequest(spec.inputs, spec.hypothetical, horizonS, sampleS)
        } catch (error) {
          throw new Error(`run ${name} (${spec.label}): ${(error as Error).message}`, { cause: error })
        }
      }
      const totalS = a.inputs.nowS + b.inputs.nowS + 2 * horizonS
      let reported = 0
      // Each run's simulated time goes 0 → nowS (the replay) → nowS + horizon (the walk), A's then B's.
      const progressAfter = (offsetS: number) => (tS: number) => {
        const fraction = (offsetS + tS) / totalS
        if (fraction - reported >= PROGRESS_STEP) onProgress((reported = fraction))
      }
      const runA = compareOne(a, horizonS, sampleS, progressAfter(0))
      const runB = compareOne(b, horizonS, sampleS, progressAfter(a.inputs.nowS + horizonS))
      if (reported < 1) onProgress(1)
      return transfer({ horizonS, sampleS, a: runA, b: runB }, [...buffersOf(runA), ...buffersOf(runB)])
    },
  }
}

export type CompareApi = ReturnType<typeof createCompareApi>

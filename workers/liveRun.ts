// A twin that follows a live source: the scenario restarted at the source's time, advanced as data arrives.
import { createSimulation } from '../sim/index.ts'
import type { LiveCounts, Scenario, Simulation } from '../sim/index.ts'
import { createLiveSource } from '../telemetry/liveSource.ts'
import type { LiveSourceSpec, LiveSourceStatus } from '../telemetry/liveSource.ts'
import type { WebSocketConstructor } from '../telemetry/websocket.ts'

export type { LiveSourceSpec }

/** Most history a connection may ask for: a week of 15 s points is 40,320 per series. */
const MAX_BACKFILL_S = 7 * 86_400

export interface LiveOptions {
  /** History to replay first, s before the source's present; default 0. */
  backfillS?: number
  /** default Date.now */
  now?: () => number
  WebSocket?: WebSocketConstructor
}

/** The status line the page polls. */
export interface LiveStatus extends LiveSourceStatus {
  kind: LiveSourceSpec['kind']
  /** Prometheus base URL or WebSocket URL. */
  url: string
  /** Unix s at run time 0. */
  startEpochS: number
  /** Unix s up to which the source has handed everything on; the twin runs up to here. */
  frontierS: number
  /** The twin's clock, Unix s. */
  twinEpochS: number
  /** What the twin made of the measurements. */
  twin: LiveCounts
}

export interface LiveRun {
  sim: Simulation
  /** Runs the twin up to the source's frontier (never back). */
  advance(): void
  status(): LiveStatus
  stop(): void
}

/**
 * Restarts `base` with its clock at the source's present less `backfillS` and starts the source; every batch
 * it delivers goes straight into the simulation (logged there, so a fork replays it).
 * @throws for a malformed spec (URL, query) or a backfill outside 0..7 days
 */
export function startLiveRun(base: Scenario, spec: LiveSourceSpec, options: LiveOptions = {}): LiveRun {
  const backfillS = options.backfillS ?? 0
  if (!(backfillS >= 0 && backfillS <= MAX_BACKFILL_S))
    throw new Error(`backfill must be 0 to ${MAX_BACKFILL_S / 86_400} days, got ${backfillS} s`)
  const lagS = spec.kind === 'prometheus' ? (spec.lagS ?? 10) : 0
  const stepS = spec.kind === 'prometheus' ? (spec.stepS ?? 15) : 1
  const nowS = (options.now ?? Date.now)() / 1000
  // On the source's evaluation grid, so run time 0 is a point the source can deliver.
  const startEpochS = Math.ceil((nowS - lagS - backfillS) / stepS) * stepS
  const sim = createSimulation({ ...base, startEpochS })
  sim.runUntil(0)
  const source = createLiveSource(spec, {
    fromS: startEpochS,
    now: options.now,
    WebSocket: options.WebSocket,
    onMeasurements: (measurements) => sim.ingest(measurements),
  })
  source.start()
  const url = spec.kind === 'prometheus' ? spec.baseUrl : spec.url
  return {
    sim,
    advance() {
      const targetS = source.frontierS() - startEpochS
      if (targetS > sim.nowS) sim.runUntil(targetS)
    },
    status: () => ({
      ...source.status(),
      kind: spec.kind,
      url,
      startEpochS,
      frontierS: source.frontierS(),
      twinEpochS: startEpochS + sim.nowS,
      twin: sim.liveCounts(),
    }),
    stop: source.stop,
  }
}

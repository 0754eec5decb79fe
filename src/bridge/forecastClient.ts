// The forecast worker (the page's second, beside simClient's) and one forecast at a time, a newer one winning.
import { wrap } from 'comlink'
import type { Remote } from 'comlink'
import type { ForkInputs, TimedCommand } from '../../sim/index.ts'
import type { Forecast, ForecastApi } from '../../workers/protocol.ts'

/** Why a forecast's promise rejected when a newer request replaced it (not an error to show). */
export class SupersededError extends Error {
  constructor() {
    super('superseded by a newer what-if')
    this.name = 'SupersededError'
  }
}

let worker: Worker | null = null
let api: Remote<ForecastApi> | null = null
let abandon: (() => void) | null = null
// Rejects the forecast in flight: set while one runs.
let failCurrent: ((error: Error) => void) | null = null

function spawn(): Remote<ForecastApi> {
  const spawned = new Worker(new URL('../../workers/forecast.worker.ts', import.meta.url), { type: 'module' })
  // A forecast is one long synchronous call, so silence says nothing here; an error event does: the call it
  // was answering would never settle. The next request gets a fresh worker.
  const lost = (reason: string) => {
    spawned.terminate()
    if (worker === spawned) {
      worker = null
      api = null
    }
    failCurrent?.(new Error(`the forecast worker stopped: ${reason}`))
  }
  spawned.addEventListener('error', (event) => {
    event.preventDefault()
    lost(`it raised an error: ${event.message || 'no message'}`)
  })
  spawned.addEventListener('messageerror', () => lost('a message from it could not be read'))
  worker = spawned
  api = wrap<ForecastApi>(spawned)
  return api
}

/**
 * Runs a forecast in the worker. A run is one synchronous call there, so a newer request cannot interrupt it
 * by message: the worker still busy with an older one is terminated (its promise rejects with
 * SupersededError) and a fresh one takes the new request, rather than making the user wait for a stale answer.
 */
export function runForecast(
  inputs: ForkInputs,
  hypothetical: readonly TimedCommand[],
  horizonS: number,
  sampleS: number,
): Promise<Forecast> {
  if (abandon) {
    abandon()
    worker?.terminate()
    api = null
  }
  const remote = api ?? spawn()
  return new Promise<Forecast>((resolve, reject) => {
    let settled = false
    const done = () => {
      settled = true
      abandon = null
      failCurrent = null
    }
    failCurrent = (error) => {
      if (settled) return
      done()
      reject(error)
    }
    abandon = () => {
      if (!settled) reject(new SupersededError())
      done()
    }
    remote.run(inputs, hypothetical, horizonS, sampleS).then(
      (forecast) => {
        if (settled) return
        done()
        resolve(forecast)
      },
      (error: unknown) => {
        if (settled) return
        done()
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })
}

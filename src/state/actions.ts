// Everything the UI can do, as plain module functions over the store and the simulation worker.
import type { Command } from '../../sim/index.ts'
import { HEADER } from '../../sim/index.ts'
import {
  live,
  onPumpError,
  refreshFrame,
  resetLive,
  setPumpSpeed,
  startPump,
  stopPump,
} from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { scenarioText } from './scenarios.ts'
import { useUi } from './store.ts'
import type { Selection } from './store.ts'

const SAMPLE_MS = 500

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

function fail(error: unknown) {
  useUi.setState({ error: messageOf(error), running: false })
}
onPumpError(fail)

let sampledVersion = -1

/** Copies the slow-changing parts of the newest snapshot into the store (nothing while paused). */
export function sample(): void {
  const { layout, frame, version } = live
  if (!layout || version === sampledVersion) return
  sampledVersion = version
  const { unitRunning: offset, unitCount } = layout.snapshot
  const prev = useUi.getState().unitRunning
  let same = prev.length === unitCount
  for (let j = 0; same && j < unitCount; j++) same = prev[j] === frame[offset + j] > 0
  const itW = frame[HEADER.itW]
  useUi.setState({
    kpis: {
      timeS: frame[HEADER.timeS],
      itKw: itW / 1000,
      pue: itW > 0 ? frame[HEADER.facilityW] / itW : Number.NaN,
      maxInletC: frame[HEADER.maxInletC],
    },
    ...(same ? {} : { unitRunning: Array.from({ length: unitCount }, (_, j) => frame[offset + j] > 0) }),
  })
}

/** Starts the ~2 Hz sampler; returns a function that stops it. */
export function startSampler(): () => void {
  const id = setInterval(sample, SAMPLE_MS)
  return () => clearInterval(id)
}

let loadSeq = 0

/** Loads a scenario by name into the worker, resets the live buffers and shows its state at t = 0. */
export async function loadScenario(name: string): Promise<void> {
  const seq = ++loadSeq
  const wasRunning = useUi.getState().running
  stopPump()
  useUi.setState({ loading: true, scenario: name, selection: null, error: null })
  try {
    const text = await scenarioText(name)
    const layout = await simClient.load(text, `scenarios/${name}.json`)
    if (seq !== loadSeq) return // the user picked another scenario meanwhile
    resetLive(layout)
    useUi.setState({ layout, unitRunning: [], kpis: null })
    await refreshFrame()
    sample()
    if (wasRunning) startPump()
  } catch (error) {
    if (seq === loadSeq) fail(error)
  } finally {
    if (seq === loadSeq) useUi.setState({ loading: false })
  }
}

export function play(): void {
  if (!live.layout) return
  startPump()
  useUi.setState({ running: true })
}

export function pause(): void {
  stopPump()
  useUi.setState({ running: false })
}

/** Simulated seconds per wall-clock second. */
export function setSpeed(simSecondsPerSecond: number): void {
  setPumpSpeed(simSecondsPerSecond)
  useUi.setState({ speed: simSecondsPerSecond })
}

export function select(selection: Selection | null): void {
  useUi.setState({ selection })
}

export function dismissError(): void {
  useUi.setState({ error: null })
}

/** Sends a command to the running world; a refusal (e.g. failing the last running unit) shows as an error. */
export async function send(cmd: Command): Promise<void> {
  try {
    await simClient.apply(cmd)
    useUi.setState({ error: null })
    // Paused or not, fetch the changed state now rather than at the next tick.
    await refreshFrame()
    sample()
  } catch (error) {
    useUi.setState({ error: messageOf(error) })
  }
}

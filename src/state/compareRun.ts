// The compare view's state and its runs: a worker of its own walks A and B (terminated to cancel, since a run is
// one synchronous call there), progress as it goes, and "Show in 3D" handing per-rack Δ to the scene.
import { proxy, wrap } from 'comlink'
import { create } from 'zustand'
import type { CompareApi, Comparison } from '../../workers/protocol.ts'
import { messageOf } from './actions.ts'
import { useCompare } from './compare.ts'
import { deltaAt, deltaForHall, largestDelta, matchRacks, sidesOf } from './compareResult.ts'
import { specOf } from './compareSources.ts'
import type { CompareSource } from './compareSources.ts'
import type { FORK_HORIZONS } from './fork.ts'
import { useUi } from './store.ts'

export interface CompareView {
  open: boolean
  /** Fraction of the simulated time done, 0..1, while a comparison runs; null otherwise. */
  progress: number | null
  result: Comparison | null
  /** B is the reference (A | B swapped in the table, charts, map and Δ). */
  flipped: boolean
  /** The sample the floor map shows; null: where some rack's |Δ| is largest (compareResult.largestDelta). */
  sampleK: number | null
  error: string | null
  /** What "Show in 3D" last did, e.g. "24 of 24 racks coloured". */
  shown: string | null
}

export const useCompareView = create<CompareView>()(() => ({
  open: false,
  progress: null,
  result: null,
  flipped: false,
  sampleK: null,
  error: null,
  shown: null,
}))

let worker: Worker | null = null

function stop() {
  worker?.terminate()
  worker = null
}

/** Stops a comparison being computed; what was shown before stays. */
export function cancelCompare(): void {
  stop()
  useCompareView.setState({ progress: null })
}

/** Runs A against B over the horizon in the compare worker; a newer call replaces one still running. */
export async function runCompare(
  a: CompareSource,
  b: CompareSource,
  horizon: (typeof FORK_HORIZONS)[number],
): Promise<void> {
  stop()
  useCompareView.setState({ progress: 0, error: null, shown: null })
  const mine = new Worker(new URL('../../workers/compare.worker.ts', import.meta.url), { type: 'module' })
  worker = mine
  // A worker that dies never answers: its error event ends the run with a message instead of a frozen bar.
  const lost = new Promise<never>((_, reject) => {
    mine.addEventListener('error', (event) => {
      event.preventDefault()
      reject(new Error(`the compare worker stopped: ${event.message || 'it raised an error'}`))
    })
    mine.addEventListener('messageerror', () =>
      reject(new Error('a message from the compare worker could not be read')),
    )
  })
  try {
    const [specA, specB] = await Promise.all([specOf(a), specOf(b)])
    const onProgress = proxy((fraction: number) => {
      if (worker === mine) useCompareView.setState({ progress: fraction })
    })
    const api = wrap<CompareApi>(mine)
    const result = await Promise.race([
      api.run(specA, specB, horizon.horizonS, horizon.sampleS, onProgress),
      lost,
    ])
    if (worker !== mine) return
    useCompareView.setState({ result, progress: null, sampleK: null })
  } catch (error) {
    if (worker !== mine) return // cancelled or replaced: not an error to show
    useCompareView.setState({ progress: null, error: `Compare not run: ${messageOf(error)}` })
  } finally {
    if (worker === mine) stop()
  }
}

/**
 * Colours the 3D hall by the map's Δ (B − A at the map's time): racks of the hall on screen matched by id.
 * Returns what it did, also kept in `shown`.
 */
export function showIn3D(): string {
  const { result, flipped, sampleK } = useCompareView.getState()
  const layout = useUi.getState().layout
  if (!result || !layout) return ''
  const sides = sidesOf(result, flipped)
  const match = matchRacks(sides.ref.racks, sides.other.racks)
  const k = sampleK ?? largestDelta(sides, match).k
  const rackDeltaC = deltaForHall(
    layout.racks.map((r) => r.id),
    match,
    deltaAt(sides, match, k),
  )
  const coloured = rackDeltaC?.filter((d) => !Number.isNaN(d)).length ?? 0
  const shown =
    rackDeltaC === null
      ? 'No rack of the hall on screen is in both runs: nothing to colour'
      : `${coloured} of ${layout.racks.length} racks of the hall on screen coloured by Δ inlet`
  useCompare.setState({ labelA: sides.ref.label, labelB: sides.other.label, rackDeltaC })
  if (rackDeltaC) useUi.setState({ colourMode: 'compare' })
  useCompareView.setState({ shown })
  return shown
}

// Another hall on screen: Δ by its old rack order would colour the wrong racks.
useUi.subscribe((state, before) => {
  if (state.layout === before.layout || useCompare.getState().rackDeltaC === null) return
  useCompare.setState({ labelA: null, labelB: null, rackDeltaC: null })
  if (state.colourMode === 'compare') useUi.setState({ colourMode: 'gradient' })
})

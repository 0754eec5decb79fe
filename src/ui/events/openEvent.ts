// Opening an event: its asset selected where the user can see it, the hall shown at the event's time.
import type { RunEvent } from '../../../sim/history/types.ts'
import type { SceneLayout } from '../../../sim/index.ts'
import { setSideTab } from '../../state/actions.ts'
import { scrubTo } from '../../state/scrub.ts'
import { useUi } from '../../state/store.ts'
import type { Selection } from '../../state/store.ts'

/** The rack or unit `event` is about, by its index or else its id in `layout`; null for power assets and the hall. */
export function selectionOf(event: RunEvent, layout: SceneLayout | null): Selection | null {
  const { kind, id, index } = event.asset
  if (kind !== 'rack' && kind !== 'unit') return null
  if (index !== undefined) return { kind, index }
  const list = kind === 'rack' ? layout?.racks : layout?.units
  const found = list?.findIndex((a) => a.id === id) ?? -1
  return found >= 0 ? { kind, index: found } : null
}

/**
 * Selects the event's rack or unit (highlighted in the hall) while the Events tab stays open, so the user can go
 * on down the log; a power asset, which the hall does not draw, opens the Power tab that lists it. Then the
 * timeline jumps to the event's time.
 */
export async function openEvent(event: RunEvent): Promise<void> {
  const selection = selectionOf(event, useUi.getState().layout)
  // Not actions.select(): it switches to the Inspect tab, taking the log away mid-read.
  if (selection) useUi.setState({ selection })
  if (event.asset.kind === 'power') setSideTab('power')
  await scrubTo(event.atS)
}

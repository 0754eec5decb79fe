// Commands to the running world: apply now, schedule for later, restore; each refreshes what the panels show.
import type { Command, FailureRecord } from '../../sim/index.ts'
import { HEADER } from '../../sim/index.ts'
import { betweenSteps, live, refreshFrame } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { sample, showError } from './actions.ts'
import { markOutlookStale, refreshProjections } from './projections.ts'
import { syncRecord } from './recordKeeper.ts'
import { useUi } from './store.ts'
import { powerDownAfter } from './targets.ts'

/** Refetches the changed state now rather than at the next tick, paused or not, with a fresh outlook. */
async function afterCommand(): Promise<void> {
  await refreshFrame()
  sample()
  markOutlookStale()
  refreshProjections(showError)
}

/**
 * Applies `cmd` now. A failure comes back with its time-to-limit record, which the panels show at once;
 * a refused command shows as the error banner and resolves to undefined.
 */
export async function send(cmd: Command): Promise<FailureRecord | undefined> {
  const layout = useUi.getState().layout
  try {
    // The record is synced before the next step, so a restore replays this command at its instant.
    const record = await betweenSteps(async () => {
      const applied = await simClient.apply(cmd)
      await syncRecord()
      return applied
    })
    if (useUi.getState().layout !== layout) return undefined
    const s = useUi.getState()
    useUi.setState({
      error: null,
      powerDown: powerDownAfter(s.powerDown, cmd),
      ...(record ? { failures: [...s.failures, record] } : {}),
    })
    await afterCommand()
    return record
  } catch (error) {
    showError(error)
    return undefined
  }
}

/** Schedules `cmd` `delayS` simulated seconds after the worker's present (the newest frame, no step in flight). */
export async function sendLater(cmd: Command, delayS: number): Promise<void> {
  const layout = useUi.getState().layout
  try {
    const atS = await betweenSteps(async () => {
      const at = live.frame[HEADER.timeS] + delayS
      await simClient.schedule(cmd, at)
      await syncRecord()
      return at
    })
    if (useUi.getState().layout !== layout) return
    useUi.setState((s) => ({ error: null, scheduled: [...s.scheduled, { command: cmd, atS }] }))
  } catch (error) {
    showError(error)
  }
}

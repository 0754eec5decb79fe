// Commands to the running world: apply now, schedule for later, restore; each refreshes what the panels show.
import type { Command, FailureRecord } from '../../sim/index.ts'
import { HEADER } from '../../sim/index.ts'
import { betweenSteps, live, refreshFrame } from '../bridge/live.ts'
import { simClient } from '../bridge/simClient.ts'
import { messageOf, sample } from './actions.ts'
import { markOutlookStale, refreshProjections } from './projections.ts'
import { useUi } from './store.ts'
import { powerDownAfter } from './targets.ts'

const showError = (error: unknown) => useUi.setState({ error: messageOf(error) })

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
    const record = await betweenSteps(() => simClient.apply(cmd))
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
      return at
    })
    if (useUi.getState().layout !== layout) return
    useUi.setState((s) => ({ error: null, scheduled: [...s.scheduled, { command: cmd, atS }] }))
  } catch (error) {
    showError(error)
  }
}

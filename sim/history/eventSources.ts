// Where the event log's entries come from: one drain per log the engine keeps, each remembering how far it read.
import type { Simulation } from '../simulation.ts'
import type { RunEvent } from './types.ts'
import { commandEvent } from './commandEvents.ts'

export interface EventSource {
  /** Appends to `out` the source's entries not yet taken that are final at `nowS`. */
  drain(nowS: number, out: Omit<RunEvent, 'id'>[]): void
}

/** The sources of `sim`, in the order their events of one instant are listed. */
export function eventSources(sim: Simulation): EventSource[] {
  let commands = 0
  return [
    {
      drain(_nowS, out) {
        const log = sim.commandLog
        for (; commands < log.length; commands++) out.push(commandEvent(sim, log[commands]))
      },
    },
  ]
}

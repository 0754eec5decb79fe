// What the page knows about the simulation worker, and the plain words the banner says about it.

/** `reason` is a sentence on what happened; `atS` the run time restored to, s since the scenario start. */
export type WorkerHealth =
  | { phase: 'ok' }
  | { phase: 'waiting' }
  | { phase: 'recovering'; reason: string; atS: number; progress: number; resume: boolean }
  | { phase: 'recovered'; reason: string; atS: number; resumed: boolean; liveDropped: boolean }
  | { phase: 'stopped'; reason: string }

export const HEALTHY: WorkerHealth = { phase: 'ok' }

/** The banner's text; `clock` formats a run time (s since the scenario start) as the toolbar clock does. */
export function healthText(health: WorkerHealth, clock: (atS: number) => string): string {
  switch (health.phase) {
    case 'ok':
      return ''
    case 'waiting':
      return 'The simulation worker has not answered for a few seconds. Waiting for it: if it stays silent, a new one takes over the run.'
    case 'recovering':
      return `${health.reason} Restoring the run to ${clock(health.atS)}… ${Math.floor(health.progress * 100)} %`
    case 'recovered': {
      const then = health.resumed ? 'and plays on' : 'and is paused: press Play to go on'
      const live = health.liveDropped
        ? ' It no longer follows the live source: connect again to follow it.'
        : ''
      return `${health.reason} The run was restored at ${clock(health.atS)} ${then}.${live}`
    }
    case 'stopped':
      return `${health.reason} Not restarted again: press Try again, or pick a scenario.`
  }
}

// The numbers on a log row: the value against its limit with units, and how long a condition lasted.
import type { RunEvent } from '../../../sim/history/types.ts'
import { fixed, formatDuration } from '../format.ts'

/** A number in the event's unit as a person reads it: watts as kW, percents whole, the rest to 0.1. */
export function quantity(value: number, unit: string): string {
  if (unit === 'W') return `${fixed(value / 1000, 1)} kW`
  if (unit === '%') return `${fixed(value, 0)} %`
  return unit ? `${fixed(value, 1)} ${unit}` : fixed(value, 1)
}

/** "182.0 kW, limit 160.0 kW"; just the value or the limit when only one is known; '' for a command. */
export function valueText(event: RunEvent): string {
  const { value, limit, unit } = event
  if (value === null) return limit === null ? '' : `limit ${quantity(limit, unit)}`
  return limit === null ? quantity(value, unit) : `${quantity(value, unit)}, limit ${quantity(limit, unit)}`
}

/**
 * A condition's state: "cleared after 2 h 5 min" on a raising that has cleared, "still active" on one that has
 * not, "lasted 2 h 5 min" on the clearing; '' for instants (a command, a trip).
 */
export function stateText(event: RunEvent, lastedS: number | undefined): string {
  if (event.transition === 'once') return ''
  if (event.transition === 'raised')
    return lastedS === undefined ? 'still active' : `cleared after ${formatDuration(lastedS)}`
  // The kind's words already say it cleared ("redundancy back").
  return lastedS === undefined ? '' : `lasted ${formatDuration(lastedS)}`
}

/** The severity as a mark and its word (the mark alone is not enough for a screen reader or colour blindness). */
export const SEVERITY_MARK: Record<RunEvent['severity'], string> = {
  alarm: '▲',
  warning: '●',
  info: '○',
}

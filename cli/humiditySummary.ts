// The summary's humidity rows: supply dew point, inlet RH, ASHRAE class states, inlet conditions
// (docs/physics.md#humidity-and-ashrae-classes).
import type { RunReport } from '../sim/index.ts'

type HumidityReport = RunReport['humidity']
type Span = { min: number; max: number } | null

const spanText = (s: Span, digits: number, unit: string) =>
  s === null ? 'n/a' : `${s.min.toFixed(digits)}–${s.max.toFixed(digits)} ${unit}`

/** Rows as [label, value]: "now" is the end of the run, "run" its extremes. */
export function humidityRows(h: HumidityReport): [string, string][] {
  const s = h.racksByState
  const classes = Object.entries(h.racksByClass)
    .map(([cls, n]) => `${n} ${cls}`)
    .join(', ')
  const outdoor = h.outdoorAirIn ? ', outdoor air in' : ''
  return [
    [
      'supply dew point',
      `${spanText(h.supplyDewPointC.now, 1, '°C')} now, ${spanText(h.supplyDewPointC.run, 1, '°C')} over the run${outdoor}`,
    ],
    [
      'inlet RH',
      `${spanText(h.inletRhPct.now, 0, '%')} now, ${spanText(h.inletRhPct.run, 0, '%')} over the run`,
    ],
    [
      'ASHRAE class state',
      `${classes || 'no racks'}: ${s.recommended} recommended, ${s.allowable} allowable, ${s.outside} outside`,
    ],
    [
      'inlet conditions',
      `${h.eventCount} events, ${h.changeEvents} temperature-change onsets, humidity outside ${(h.secondsHumidityOutside / 3600).toFixed(2)} h`,
    ],
  ]
}

// Plain words for the Inspector and Power panels: active conditions, ASHRAE envelope states, a rack's time to a
// limit, a coil's load against its rating (pure).
import type { ActiveCondition } from '../../sim/index.ts'
import { fixed, timeToLimitText } from './format.ts'

const kw = (w: number) => `${fixed(w / 1000, 1)} kW`
const value = (c: ActiveCondition, v: number) =>
  c.unit === 'W' ? kw(v) : `${fixed(v, 1)}${c.unit === '%' ? ' %' : ' °C'}`
const quantity: Record<string, string> = { dryBulb: 'inlet', dewPoint: 'dew point', relativeHumidity: 'RH' }

/** What the condition is, in an engineer's words (without the asset). */
export function conditionTitle(c: ActiveCondition): string {
  if (c.group === 'cooling')
    return c.kind === 'overCapacity' ? 'cooling over capacity' : 'cooling redundancy lost'
  if (c.group === 'power') {
    const titles: Record<string, string> = {
      overload: 'overloaded',
      redundancyLost: 'redundancy lost',
      breakerOver80: 'breaker over 80 %',
      overSubscribed: 'over-subscribed (A/B)',
      outage: 'no supply',
    }
    return titles[c.kind] ?? c.kind
  }
  if (c.kind === 'changeInHour') return 'inlet changing too fast (per hour)'
  if (c.kind === 'changeInQuarterHour') return 'inlet changing too fast (per 15 min)'
  const match = /^(dryBulb|dewPoint|relativeHumidity)(Low|High)$/.exec(c.kind)
  return match ? `${quantity[match[1]]} ${match[2] === 'High' ? 'above' : 'below'} allowable` : c.kind
}

/** Its numbers against the limit it broke, with units. */
export function conditionDetail(c: ActiveCondition): string {
  const [v, limit] = [value(c, c.value), value(c, c.limit)]
  if (c.group === 'cooling')
    return c.kind === 'overCapacity'
      ? `heat ${v} > ${limit} the running units can remove`
      : `heat ${v} > ${limit} left with the spare units out`
  if (c.kind === 'outage') return `${v} unserved`
  if (c.kind === 'redundancyLost') return `${v} > ${limit} left after the next failure`
  if (c.kind === 'overSubscribed') return `${v} > ${limit} one feed may carry`
  if (c.kind === 'breakerOver80') return `${v} > ${limit} continuous`
  if (c.kind === 'changeInHour' || c.kind === 'changeInQuarterHour') return `${v} > ${limit}`
  return c.kind.endsWith('Low') ? `${v} < ${limit}` : `${v} > ${limit}`
}

/** Heading of each group in the Power tab's list. */
export const GROUP_TITLES: Record<ActiveCondition['group'], string> = {
  cooling: 'Cooling',
  power: 'Power',
  climate: 'Climate (rack inlets)',
}

/** An envelope state (ENVELOPE_STATES) as the Inspector says it. */
export function envelopeText(state: string | undefined): string {
  if (state === 'recommended') return 'within recommended'
  if (state === 'allowable') return 'allowable, not recommended'
  if (state === 'outside') return 'outside allowable'
  return '—'
}

/** A rack's time to a limit after a failure: undefined while no failure has happened. */
export function rackLimitText(seconds: number | null | undefined): string {
  return seconds === undefined ? '—' : seconds === null ? 'not reached in 24 h' : timeToLimitText(seconds)
}

/** "57.3 of 80 kW (72 %)": the coil load against the unit's rated capacity. */
export function coilLoadText(loadW: number, capacityKw: number): string {
  if (!Number.isFinite(loadW)) return '—'
  const share = capacityKw > 0 ? ` (${fixed((loadW / 1000 / capacityKw) * 100, 0)} %)` : ''
  return `${fixed(loadW / 1000, 1)} of ${capacityKw} kW${share}`
}

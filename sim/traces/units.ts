// The long CSV's metrics and the units each accepts, converted to one canonical unit, with a sanity range.
import type { CanonicalUnit, Metric } from './series.ts'

interface MetricSpec {
  unit: CanonicalUnit
  /** Accepted unit spellings (lower case) → conversion to the canonical unit. */
  from: Record<string, (value: number) => number>
  /** Inclusive range after conversion: outside it the unit was almost surely mislabelled. */
  min: number
  max: number
}

const same = (value: number) => value
const percent = (value: number) => value / 100
const celsius = { c: same, '°c': same, degc: same, celsius: same }
const fahrenheit = { f: toC, '°f': toC, degf: toC, fahrenheit: toC }
const kelvin = { k: (value: number) => value - 273.15, kelvin: (value: number) => value - 273.15 }
function toC(valueF: number) {
  return ((valueF - 32) * 5) / 9
}

/**
 * Utilisation must end in 0..1: a `ratio` column holding percentages is the usual export mistake, and
 * clamping 55 to 100 % would hide it. Temperatures must end in −50..150 °C for the same reason (a °F value
 * labelled K lands far outside).
 */
export const METRICS: Record<Metric, MetricSpec> = {
  cpu_utilization: {
    unit: 'ratio',
    from: { ratio: same, fraction: same, '1': same, '': same, '%': percent, percent },
    min: 0,
    max: 1,
  },
  power: { unit: 'W', from: { w: same, kw: (value) => value * 1000 }, min: 0, max: Infinity },
  inlet_temperature: { unit: 'C', from: { ...celsius, ...fahrenheit, ...kelvin }, min: -50, max: 150 },
  exhaust_temperature: { unit: 'C', from: { ...celsius, ...fahrenheit, ...kelvin }, min: -50, max: 150 },
  supply_temperature: { unit: 'C', from: { ...celsius, ...fahrenheit, ...kelvin }, min: -50, max: 150 },
  return_temperature: { unit: 'C', from: { ...celsius, ...fahrenheit, ...kelvin }, min: -50, max: 150 },
  cooling_load: { unit: 'W', from: { w: same, kw: (value) => value * 1000 }, min: 0, max: Infinity },
}

/** Whether `name` is one of the metrics above (an own key, so `constructor` is not). */
export function isMetric(name: string): name is Metric {
  return Object.hasOwn(METRICS, name)
}

/** The converter for `unit` (any case, blanks trimmed) of `metric`, or undefined when it is not accepted. */
export function unitConverter(metric: Metric, unit: string): ((value: number) => number) | undefined {
  const key = unit.trim().toLowerCase()
  return Object.hasOwn(METRICS[metric].from, key) ? METRICS[metric].from[key] : undefined
}

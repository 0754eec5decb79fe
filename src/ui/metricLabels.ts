// How the panels name and print a measured metric: a short label and a value in the unit people read.
import type { Metric } from '../../sim/index.ts'
import { fixed } from './format.ts'

interface Shown {
  label: string
  unit: string
  /** From the canonical unit (W, °C, ratio) to the shown one. */
  scale: number
  decimals: number
}

const SHOWN: Record<Metric, Shown> = {
  cpu_utilization: { label: 'Utilisation', unit: '%', scale: 100, decimals: 0 },
  power: { label: 'Power', unit: 'kW', scale: 1e-3, decimals: 2 },
  inlet_temperature: { label: 'Inlet', unit: '°C', scale: 1, decimals: 1 },
  exhaust_temperature: { label: 'Exhaust', unit: '°C', scale: 1, decimals: 1 },
  supply_temperature: { label: 'Supply air', unit: '°C', scale: 1, decimals: 1 },
  return_temperature: { label: 'Return air', unit: '°C', scale: 1, decimals: 1 },
  cooling_load: { label: 'Cooling load', unit: 'kW', scale: 1e-3, decimals: 1 },
}

export const metricLabel = (metric: Metric) => SHOWN[metric].label
export const metricUnit = (metric: Metric) => SHOWN[metric].unit

/** "21.4" for 21.43 °C, "4.20" for 4,200 W shown in kW; an em dash when not finite. */
export function metricValue(metric: Metric, canonical: number): string {
  const { scale, decimals } = SHOWN[metric]
  return fixed(canonical * scale, decimals)
}

/** measured − twin with its sign and unit: "+3.0 K" for temperatures (a difference), "−0.35 kW". */
export function deviationText(metric: Metric, measured: number, simulated: number): string {
  const { scale, decimals, unit } = SHOWN[metric]
  const delta = (measured - simulated) * scale
  if (!Number.isFinite(delta)) return '—'
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±'
  return `${sign}${Math.abs(delta).toFixed(decimals)} ${unit === '°C' ? 'K' : unit}`
}

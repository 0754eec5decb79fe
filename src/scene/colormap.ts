// Value → colour on a fixed scale (inlet °C, or utilisation), written into a caller's preallocated THREE.Color.
import { Color, SRGBColorSpace } from 'three'
import { ASHRAE_CLASSES } from '../../sim/index.ts'

export interface ColourStop {
  /** The value at this stop, in the scale's unit (°C, or a 0..1 ratio). */
  at: number
  /** sRGB hex. */
  hex: number
}

/** Colour stops in °C. 27 °C is ASHRAE's recommended maximum inlet, 32 °C the A1 allowable maximum. */
export const HEAT_STOPS: readonly ColourStop[] = [
  { at: 15, hex: 0x2f6bff },
  { at: 22, hex: 0x22c55e },
  { at: ASHRAE_CLASSES.recommended.maxC, hex: 0xfacc15 },
  { at: ASHRAE_CLASSES.A1.maxC, hex: 0xef4444 },
  { at: 36, hex: 0x7f1d1d },
]

/**
 * Utilisation 0..1 on viridis (matplotlib's perceptually uniform map, van der Walt & Smith, CC0), sampled at
 * quarters: sequential and readable by colour-blind viewers, and unlike the heat scale, so the two modes are
 * not mistaken for each other.
 */
export const UTILIZATION_STOPS: readonly ColourStop[] = [
  { at: 0, hex: 0x440154 },
  { at: 0.25, hex: 0x3b528b },
  { at: 0.5, hex: 0x21918c },
  { at: 0.75, hex: 0x5ec962 },
  { at: 1, hex: 0xfde725 },
]

/**
 * Power against the rack's budget, 0..1.2: quiet blues while there is room, yellow from 80 % (the NEC
 * continuous-load share a circuit may carry), red at the budget and dark red past it.
 */
export const POWER_STOPS: readonly ColourStop[] = [
  { at: 0, hex: 0x1e3a8a },
  { at: 0.5, hex: 0x0ea5e9 },
  { at: 0.8, hex: 0xfacc15 },
  { at: 1, hex: 0xef4444 },
  { at: 1.2, hex: 0x7f1d1d },
]

/** Headroom, −0.1..1 (share of the binding limit left): red at none, orange at 10 %, yellow 25 %, green 50 %+. */
export const HEADROOM_STOPS: readonly ColourStop[] = [
  { at: -0.1, hex: 0x7f1d1d },
  { at: 0, hex: 0xef4444 },
  { at: 0.1, hex: 0xf97316 },
  { at: 0.25, hex: 0xfacc15 },
  { at: 0.5, hex: 0x22c55e },
  { at: 1, hex: 0x166534 },
]

/**
 * B − A inlet, K, on ColorBrewer's RdBu diverging scale (Brewer, colorbrewer2.org, Apache-2.0): blue cooler,
 * white the same, red warmer, ±5 K at the ends.
 */
export const COMPARE_STOPS: readonly ColourStop[] = [
  { at: -5, hex: 0x2166ac },
  { at: -2.5, hex: 0x92c5de },
  { at: 0, hex: 0xf7f7f7 },
  { at: 2.5, hex: 0xf4a582 },
  { at: 5, hex: 0xb2182b },
]

export const HEAT_MIN_C = HEAT_STOPS[0].at
export const HEAT_MAX_C = HEAT_STOPS[HEAT_STOPS.length - 1].at

const channel = (hex: number, shift: number) => ((hex >> shift) & 0xff) / 255

/**
 * Writes the colour for `value` on `stops` into `out` and returns it. Interpolates in sRGB (like the CSS legend
 * gradient) so the bar and the racks agree; values outside the scale clamp to the end colours, NaN is grey.
 */
export function rampColor(stops: readonly ColourStop[], value: number, out: Color): Color {
  if (Number.isNaN(value)) return out.setRGB(0.5, 0.5, 0.5, SRGBColorSpace)
  let i = 0
  while (i < stops.length - 2 && value > stops[i + 1].at) i++
  const a = stops[i]
  const b = stops[i + 1]
  const t = Math.min(Math.max((value - a.at) / (b.at - a.at), 0), 1)
  const mix = (shift: number) => channel(a.hex, shift) + (channel(b.hex, shift) - channel(a.hex, shift)) * t
  return out.setRGB(mix(16), mix(8), mix(0), SRGBColorSpace)
}

/** The inlet scale: see rampColor. */
export const heatColor = (inletC: number, out: Color) => rampColor(HEAT_STOPS, inletC, out)

/** The utilisation scale (0..1): see rampColor. */
export const utilizationColor = (utilization: number, out: Color) =>
  rampColor(UTILIZATION_STOPS, utilization, out)

/** CSS linear-gradient for a legend bar, stop positions as % of the scale's first to last value. */
export function gradientCss(stops: readonly ColourStop[] = HEAT_STOPS): string {
  const first = stops[0].at
  const span = stops[stops.length - 1].at - first
  const css = stops.map(
    (s) => `#${s.hex.toString(16).padStart(6, '0')} ${(((s.at - first) / span) * 100).toFixed(1)}%`,
  )
  return `linear-gradient(to right, ${css.join(', ')})`
}

/** The inlet legend's gradient. */
export const heatGradientCss = () => gradientCss(HEAT_STOPS)

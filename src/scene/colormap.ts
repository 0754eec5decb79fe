// Inlet temperature → colour on a fixed scale, written into a caller's preallocated THREE.Color.
import { Color, SRGBColorSpace } from 'three'

/** Colour stops in °C (sRGB hex). 27 °C is ASHRAE's recommended maximum inlet, 32 °C the A1 allowable maximum. */
export const HEAT_STOPS: readonly { c: number; hex: number }[] = [
  { c: 15, hex: 0x2f6bff },
  { c: 22, hex: 0x22c55e },
  { c: 27, hex: 0xfacc15 },
  { c: 32, hex: 0xef4444 },
  { c: 36, hex: 0x7f1d1d },
]

export const HEAT_MIN_C = HEAT_STOPS[0].c
export const HEAT_MAX_C = HEAT_STOPS[HEAT_STOPS.length - 1].c

const channel = (hex: number, shift: number) => ((hex >> shift) & 0xff) / 255

/**
 * Writes the colour for `inletC` into `out` and returns it. Interpolates in sRGB (like the CSS legend
 * gradient) so the bar and the racks agree; values outside the scale clamp to the end colours, NaN is grey.
 */
export function heatColor(inletC: number, out: Color): Color {
  if (Number.isNaN(inletC)) return out.setRGB(0.5, 0.5, 0.5, SRGBColorSpace)
  let i = 0
  while (i < HEAT_STOPS.length - 2 && inletC > HEAT_STOPS[i + 1].c) i++
  const a = HEAT_STOPS[i]
  const b = HEAT_STOPS[i + 1]
  const t = Math.min(Math.max((inletC - a.c) / (b.c - a.c), 0), 1)
  const mix = (shift: number) => channel(a.hex, shift) + (channel(b.hex, shift) - channel(a.hex, shift)) * t
  return out.setRGB(mix(16), mix(8), mix(0), SRGBColorSpace)
}

/** CSS linear-gradient stops for the legend, positions as % of [HEAT_MIN_C, HEAT_MAX_C]. */
export function heatGradientCss(): string {
  const span = HEAT_MAX_C - HEAT_MIN_C
  const stops = HEAT_STOPS.map(
    (s) => `#${s.hex.toString(16).padStart(6, '0')} ${(((s.c - HEAT_MIN_C) / span) * 100).toFixed(1)}%`,
  )
  return `linear-gradient(to right, ${stops.join(', ')})`
}

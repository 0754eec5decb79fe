// ASHRAE inlet bands (TC 9.9 thermal guidelines): which band an inlet temperature is in, and its colour.
import { Color, SRGBColorSpace } from 'three'
import { ASHRAE_CLASSES } from '../../sim/index.ts'

export interface InletBand {
  /** Range as the legend prints it, °C. */
  range: string
  label: string
  hex: number
}

/**
 * Band edges, °C: 18 and 27 bound the recommended range (both inclusive), 32, 35 and 40 are the A1, A2 and A3
 * allowable maxima (inclusive). Only the upper edges of the classes matter for a hall that is heating up; their
 * lower allowable edges (15 °C for A1, 10 °C for A2) all fall inside "below recommended".
 */
const { recommended, A1, A2, A3 } = ASHRAE_CLASSES
export const BAND_EDGES_C = [recommended.minC, recommended.maxC, A1.maxC, A2.maxC, A3.maxC] as const

/** One band per gap between the edges, in rising order. */
export const INLET_BANDS: readonly InletBand[] = [
  { range: '< 18', label: 'Below recommended', hex: 0x2f6bff },
  { range: '18–27', label: 'Recommended', hex: 0x22c55e },
  { range: '27–32', label: 'A1 allowable', hex: 0xfbbf24 },
  { range: '32–35', label: 'A2 allowable', hex: 0xf97316 },
  { range: '35–40', label: 'A3 allowable', hex: 0xdc2626 },
  { range: '> 40', label: 'Above A3', hex: 0xc026d3 },
]

/** Index into INLET_BANDS: below 18 is 0, 18 to 27 inclusive is 1, (27, 32] is 2, …, above 40 is 5; NaN is -1. */
export function bandIndex(inletC: number): number {
  if (Number.isNaN(inletC)) return -1
  if (inletC < BAND_EDGES_C[0]) return 0
  let i = 1
  while (i < BAND_EDGES_C.length && inletC > BAND_EDGES_C[i]) i++
  return i
}

/** Writes the band colour for `inletC` into `out` and returns it; NaN is grey, like the gradient. */
export function bandColor(inletC: number, out: Color): Color {
  const i = bandIndex(inletC)
  if (i < 0) return out.setRGB(0.5, 0.5, 0.5, SRGBColorSpace)
  return out.setHex(INLET_BANDS[i].hex, SRGBColorSpace)
}

/** 0x22c55e → "#22c55e", for CSS. */
export const cssHex = (hex: number) => `#${hex.toString(16).padStart(6, '0')}`

// Load figures of the one-line diagram: kW and % of a rating, and the colour of a load share (the power mode's
// scale, so the diagram and the racks in 3D agree).
import { Color } from 'three'
import { POWER_STOPS, rampColor } from '../../scene/colormap.ts'
import { fixed } from '../format.ts'

const scratch = new Color()

/** "95.2 kW · 38 %" for `w` of a `ratedKw` rating; "95.2 kW" without one. */
export function loadText(w: number, ratedKw?: number): string {
  const kw = `${fixed(w / 1000, 1)} kW`
  return ratedKw ? `${kw} · ${fixed((w / (ratedKw * 1000)) * 100, 0)} %` : kw
}

/** CSS colour of a load share (0..1.2) on the power scale. */
export const loadColour = (share: number): string =>
  `#${rampColor(POWER_STOPS, share, scratch).getHexString()}`

// One rack's colour in each live colour mode, from one snapshot: the inlet scales, utilisation, power against
// budget, headroom, and the compare view's ΔT; racks that are off are near black in the modes that show the
// hall as it is now (docs/views.md#colour-modes).
import { Color } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import type { ColourMode } from '../state/store.ts'
import { bandColor } from './bands.ts'
import {
  COMPARE_STOPS,
  HEADROOM_STOPS,
  heatColor,
  POWER_STOPS,
  rampColor,
  utilizationColor,
} from './colormap.ts'
import { coolingHeadroom, powerShare, rackHeadroom } from './headroom.ts'
import { rackConditionOf } from './marks/rackState.ts'
import { COMPARE_NONE_HEX, RACK_OFF_HEX } from './palette.ts'

const OFF = new Color(RACK_OFF_HEX)
const COMPARE_NONE = new Color(COMPARE_NONE_HEX)

/** Paints rack i of `frame` into `out`. `prepare` runs once per snapshot for figures shared by all racks. */
export interface RackPainter {
  prepare(frame: Float64Array): void
  paint(frame: Float64Array, i: number, out: Color): Color
}

/** Modes that show the run on screen now: a rack that is off shows as off in them. */
const LIVE_MODES: ReadonlySet<ColourMode> = new Set(['gradient', 'bands', 'utilization', 'power', 'headroom'])

function livePainter(mode: ColourMode, layout: SceneLayout): RackPainter {
  const s = layout.snapshot
  let cooling = 1
  const byMode = (frame: Float64Array, i: number, out: Color): Color => {
    switch (mode) {
      case 'bands':
        return bandColor(frame[s.rackInletC + i], out)
      case 'utilization':
        return utilizationColor(frame[s.rackUtilization + i], out)
      case 'power':
        return rampColor(POWER_STOPS, powerShare(layout, frame, i), out)
      case 'headroom':
        return rampColor(HEADROOM_STOPS, rackHeadroom(layout, frame, i, cooling), out)
      default:
        return heatColor(frame[s.rackInletC + i], out)
    }
  }
  return {
    prepare(frame) {
      if (mode === 'headroom') cooling = coolingHeadroom(layout, frame)
    },
    paint: (frame, i, out) =>
      rackConditionOf(layout, frame, i) === 'running' ? byMode(frame, i, out) : out.copy(OFF),
  }
}

/**
 * The painter for `mode`; null for 'stranded' (coloured from the forecast, not the snapshot). In 'compare',
 * `rackDeltaC` (B − A per rack, K) colours the racks, neutral grey where it is null or short.
 */
export function rackPainter(
  mode: ColourMode,
  layout: SceneLayout,
  rackDeltaC: readonly number[] | null,
): RackPainter | null {
  if (mode === 'stranded') return null
  if (mode === 'compare')
    return {
      prepare() {},
      paint(_frame, i, out) {
        const deltaK = rackDeltaC?.[i]
        return deltaK === undefined ? out.copy(COMPARE_NONE) : rampColor(COMPARE_STOPS, deltaK, out)
      },
    }
  return livePainter(LIVE_MODES.has(mode) ? mode : 'gradient', layout)
}

// A stable reader of one per-rack or per-unit snapshot value, scaled and rounded, for LiveValue / LiveRow.
import { useCallback } from 'react'
import type { SceneLayout } from '../../sim/index.ts'
import { fixed } from './format.ts'

export type Block = keyof Omit<SceneLayout['snapshot'], 'rackCount' | 'unitCount' | 'length'>

/** A reader of one value of instance `index` in `block`, scaled and rounded for display. */
export function useReader(block: Block, index: number, scale: number, decimals: number) {
  return useCallback(
    (f: Float64Array, layout: SceneLayout) => {
      // The snapshot may still belong to the previous scenario for one frame after a switch.
      const count = block.startsWith('rack') ? layout.racks.length : layout.units.length
      return index < count ? fixed(f[layout.snapshot[block] + index] * scale, decimals) : '—'
    },
    [block, index, scale, decimals],
  )
}

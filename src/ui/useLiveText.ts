// Writes a number from the newest snapshot straight into a DOM node, once per new frame, without re-rendering.
import { useEffect, useRef } from 'react'
import { addEffect } from '@react-three/fiber'
import type { SceneLayout } from '../../sim/index.ts'
import { live } from '../bridge/live.ts'

/** Reads a snapshot (with the layout it belongs to) into display text. Keep it stable (module or useCallback). */
export type LiveReader = (frame: Float64Array, layout: SceneLayout) => string

/**
 * Returns a ref for the element whose textContent follows `read`. Runs in R3F's global effects, which fire
 * on every rendered frame; the pump invalidates once per snapshot, so this is once per snapshot. `readValue`,
 * when given, also writes the unrounded number into `data-value` (for a test to compare with another run).
 */
export function useLiveText<T extends HTMLElement | SVGElement = HTMLSpanElement>(
  read: LiveReader,
  readValue?: (frame: Float64Array) => number,
) {
  const ref = useRef<T>(null)
  useEffect(() => {
    let seen = -1
    const write = () => {
      const el = ref.current
      if (!el || !live.layout || live.version === seen) return
      seen = live.version
      el.textContent = read(live.frame, live.layout)
      if (readValue) el.dataset.value = String(readValue(live.frame))
    }
    write()
    return addEffect(write)
  }, [read, readValue])
  return ref
}

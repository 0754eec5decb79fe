// One instanced mesh per layout, placed once and recoloured in useFrame from each new snapshot (never via React state).
import { useCallback, useLayoutEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { Color, InstancedMesh } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { live } from '../bridge/live.ts'
import { placeInstances } from './instances.ts'
import type { InstanceTransform } from './layout.ts'

/**
 * Places the instances of `layout` (`transformsOf` and `baseColour` must be stable: module-level) and calls
 * `paint` with the snapshot whenever a newer one arrives. `repaint` asks for the current one again, e.g. after
 * the colour scale changed.
 */
export function useLiveInstances(
  layout: SceneLayout,
  transformsOf: (layout: SceneLayout) => InstanceTransform[],
  baseColour: Color,
  paint: (mesh: InstancedMesh, frame: Float64Array) => void,
) {
  const ref = useRef<InstancedMesh>(null)
  const seen = useRef(-1)
  const invalidate = useThree((s) => s.invalidate)

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    placeInstances(mesh, transformsOf(layout), baseColour)
    seen.current = -1
    invalidate()
  }, [layout, transformsOf, baseColour, invalidate])

  useFrame(() => {
    const mesh = ref.current
    if (!mesh || live.layout !== layout || live.version === seen.current) return
    seen.current = live.version
    paint(mesh, live.frame)
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  })

  const repaint = useCallback(() => {
    seen.current = -1
    invalidate()
  }, [invalidate])
  return { ref, repaint }
}

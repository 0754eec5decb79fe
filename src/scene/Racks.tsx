// All racks as ONE instanced mesh: matrices once per layout, colours from the live snapshot (inlet or utilisation).
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { BoxGeometry, Color, MeshLambertMaterial } from 'three'
import type { InstancedMesh } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { live } from '../bridge/live.ts'
import { select } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import { bandColor } from './bands.ts'
import { heatColor, utilizationColor } from './colormap.ts'
import { placeInstances, pointerCursor } from './instances.ts'
import { rackTransforms } from './layout.ts'

// A few centimetres off each rack so a row reads as separate cabinets, not one slab.
const GAP_M = 0.05
const NEUTRAL = new Color('#5b6473')
const geometry = new BoxGeometry(1, 1, 1)
const material = new MeshLambertMaterial()
const scratchColor = new Color()

function onClick(e: ThreeEvent<MouseEvent>) {
  e.stopPropagation()
  if (e.instanceId !== undefined) select({ kind: 'rack', index: e.instanceId })
}

export function Racks({ layout }: { layout: SceneLayout }) {
  const ref = useRef<InstancedMesh>(null)
  const seen = useRef(-1)
  const invalidate = useThree((s) => s.invalidate)
  const count = layout.racks.length
  // Slow state read once per change; the frame loop below only looks at the ref.
  const colourMode = useUi((s) => s.colourMode)
  const colourOf = useRef(heatColor)
  const block = useRef<'rackInletC' | 'rackUtilization'>('rackInletC')

  useEffect(() => {
    colourOf.current =
      colourMode === 'bands' ? bandColor : colourMode === 'utilization' ? utilizationColor : heatColor
    block.current = colourMode === 'utilization' ? 'rackUtilization' : 'rackInletC'
    seen.current = -1 // repaint the current snapshot in the new colours
    invalidate()
  }, [colourMode, invalidate])

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    placeInstances(mesh, rackTransforms(layout, GAP_M), NEUTRAL)
    seen.current = -1
    invalidate()
  }, [layout, invalidate])

  useFrame(() => {
    const mesh = ref.current
    if (!mesh || live.layout !== layout || live.version === seen.current) return
    seen.current = live.version
    const base = layout.snapshot[block.current]
    const paint = colourOf.current
    for (let i = 0; i < count; i++) mesh.setColorAt(i, paint(live.frame[base + i], scratchColor))
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
  })

  return (
    <instancedMesh
      key={count}
      ref={ref}
      args={[geometry, material, count]}
      onClick={onClick}
      {...pointerCursor}
    />
  )
}

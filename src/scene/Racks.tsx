// All racks as ONE instanced mesh: matrices once per layout, colours from the live snapshot (inlet or utilisation)
// or, in the stranded mode, from the forecast summary (which resource binds each rack).
import { useEffect, useRef } from 'react'
import type { ThreeEvent } from '@react-three/fiber'
import { BoxGeometry, Color, MeshLambertMaterial } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { select } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import { bandColor } from './bands.ts'
import { RACKS_NAME } from './edit/names.ts'
import { heatColor, utilizationColor } from './colormap.ts'
import { rackHover } from './tooltipHover.ts'
import { rackTransforms } from './layout.ts'
import { strandedColor } from './stranded.ts'
import { useStrandings } from './useStrandings.ts'
import { useLiveInstances } from './useLiveInstances.ts'

// A few centimetres off each rack so a row reads as separate cabinets, not one slab.
const GAP_M = 0.05
const NEUTRAL = new Color('#5b6473')
const geometry = new BoxGeometry(1, 1, 1)
const material = new MeshLambertMaterial()
const scratchColor = new Color()
const transformsOf = (layout: SceneLayout) => rackTransforms(layout, GAP_M)

function onClick(e: ThreeEvent<MouseEvent>) {
  e.stopPropagation()
  if (e.instanceId !== undefined) select({ kind: 'rack', index: e.instanceId })
}

export function Racks({ layout }: { layout: SceneLayout }) {
  const count = layout.racks.length
  // Slow state read once per change; the frame loop below only looks at the refs.
  const colourMode = useUi((s) => s.colourMode)
  const colourOf = useRef(heatColor)
  const block = useRef<'rackInletC' | 'rackUtilization'>('rackInletC')
  const strandings = useStrandings(layout)
  // null outside the stranded mode; an array (of undefined when there is no summary) inside it.
  const stranded = useRef<ReturnType<typeof useStrandings>>(null)
  const { ref, repaint } = useLiveInstances(layout, transformsOf, NEUTRAL, (mesh, frame) => {
    const fixed = stranded.current
    if (fixed) {
      for (let i = 0; i < count; i++) mesh.setColorAt(i, strandedColor(fixed[i], scratchColor))
      return
    }
    const base = layout.snapshot[block.current]
    const paint = colourOf.current
    for (let i = 0; i < count; i++) mesh.setColorAt(i, paint(frame[base + i], scratchColor))
  })

  useEffect(() => {
    colourOf.current =
      colourMode === 'bands' ? bandColor : colourMode === 'utilization' ? utilizationColor : heatColor
    block.current = colourMode === 'utilization' ? 'rackUtilization' : 'rackInletC'
    stranded.current = colourMode === 'stranded' ? (strandings ?? new Array(count).fill(undefined)) : null
    repaint() // the current snapshot in the new colours
  }, [colourMode, repaint, strandings, count])

  return (
    <instancedMesh
      key={count}
      name={RACKS_NAME}
      ref={ref}
      args={[geometry, material, count]}
      onClick={onClick}
      {...rackHover}
    />
  )
}

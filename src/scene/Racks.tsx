// All racks as ONE instanced mesh: matrices once per layout, colours from the live snapshot in the chosen mode
// (rackColours.ts), or in the stranded mode from the forecast summary; racks over a limit pulse.
import { useEffect, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { BoxGeometry, Color, MeshLambertMaterial } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { select } from '../state/actions.ts'
import { useCompare } from '../state/compare.ts'
import { useUi } from '../state/store.ts'
import { RACKS_NAME } from './edit/names.ts'
import { rackHover } from './tooltipHover.ts'
import { rackTransforms } from './layout.ts'
import { findPulsing, pulseColour } from './marks/pulse.ts'
import { rackPainter } from './rackColours.ts'
import type { RackPainter } from './rackColours.ts'
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
  const rackDeltaC = useCompare((s) => s.rackDeltaC)
  // The painter and the layout it was made for: after an edit the new layout's first frame can arrive before
  // the effect below makes its painter, and the old one would index racks the old layout does not have.
  const painter = useRef<{ layout: SceneLayout; paint: RackPainter | null } | null>(null)
  const strandings = useStrandings(layout)
  // null outside the stranded mode; an array (of undefined when there is no summary) inside it.
  const stranded = useRef<ReturnType<typeof useStrandings>>(null)
  // Racks over a limit: their index and their colour before the pulse, refreshed on every snapshot.
  const pulsing = useRef({ count: 0, index: new Int32Array(count), base: new Float32Array(count * 3) })
  const { ref, repaint } = useLiveInstances(layout, transformsOf, NEUTRAL, (mesh, frame) => {
    const fixed = stranded.current
    const made = painter.current
    const paint = made?.layout === layout ? made.paint : null
    if (made?.layout !== layout && !fixed) return // the effect repaints once the painter is made
    if (fixed || !paint) {
      for (let i = 0; i < count; i++) mesh.setColorAt(i, strandedColor(fixed?.[i], scratchColor))
      pulsing.current.count = 0
      return
    }
    paint.prepare(frame)
    for (let i = 0; i < count; i++) mesh.setColorAt(i, paint.paint(frame, i, scratchColor))
    if (pulsing.current.index.length !== count)
      pulsing.current = { count: 0, index: new Int32Array(count), base: new Float32Array(count * 3) }
    pulsing.current.count = findPulsing(layout, frame, mesh, pulsing.current)
  })

  // Over-limit racks brighten and fade about once a second; the canvas renders on demand, so while any rack
  // pulses each frame asks for the next one.
  useFrame(({ clock, invalidate }) => {
    const mesh = ref.current
    const p = pulsing.current
    if (!mesh || p.count === 0 || colourMode === 'compare') return
    const t = clock.getElapsedTime()
    for (let k = 0; k < p.count; k++)
      mesh.setColorAt(p.index[k], pulseColour(p.base, p.index[k], t, scratchColor))
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true
    invalidate()
  })

  useEffect(() => {
    painter.current = { layout, paint: rackPainter(colourMode, layout, rackDeltaC) }
    stranded.current = colourMode === 'stranded' ? (strandings ?? new Array(count).fill(undefined)) : null
    repaint() // the current snapshot in the new colours
  }, [colourMode, layout, rackDeltaC, repaint, strandings, count])

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

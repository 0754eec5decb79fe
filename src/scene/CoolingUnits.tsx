// Cooling units (CRAH/CRAC) as one instanced mesh, coloured by whether each unit is running.
import { useLayoutEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import type { ThreeEvent } from '@react-three/fiber'
import { BoxGeometry, Color, MeshLambertMaterial } from 'three'
import type { InstancedMesh } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { live } from '../bridge/live.ts'
import { select } from '../state/actions.ts'
import { placeInstances, pointerCursor } from './instances.ts'
import { unitTransforms } from './layout.ts'
import { UNIT_FAILED_HEX, UNIT_RUNNING_HEX } from './palette.ts'

const RUNNING = new Color(UNIT_RUNNING_HEX)
const FAILED = new Color(UNIT_FAILED_HEX)
const geometry = new BoxGeometry(1, 1, 1)
const material = new MeshLambertMaterial()

function onClick(e: ThreeEvent<MouseEvent>) {
  e.stopPropagation()
  if (e.instanceId !== undefined) select({ kind: 'unit', index: e.instanceId })
}

export function CoolingUnits({ layout }: { layout: SceneLayout }) {
  const ref = useRef<InstancedMesh>(null)
  const seen = useRef(-1)
  const invalidate = useThree((s) => s.invalidate)
  const count = layout.units.length

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh) return
    placeInstances(mesh, unitTransforms(layout, 0.02), RUNNING)
    seen.current = -1
    invalidate()
  }, [layout, invalidate])

  useFrame(() => {
    const mesh = ref.current
    if (!mesh || live.layout !== layout || live.version === seen.current) return
    seen.current = live.version
    const base = layout.snapshot.unitRunning
    for (let j = 0; j < count; j++) mesh.setColorAt(j, live.frame[base + j] > 0 ? RUNNING : FAILED)
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

// Cooling units (CRAH/CRAC) as one instanced mesh, coloured by whether each unit is running.
import type { ThreeEvent } from '@react-three/fiber'
import { BoxGeometry, Color, MeshLambertMaterial } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { select } from '../state/actions.ts'
import { UNITS_NAME } from './edit/names.ts'
import { unitHover } from './tooltipHover.ts'
import { unitTransforms } from './layout.ts'
import { UNIT_FAILED_HEX, UNIT_RUNNING_HEX } from './palette.ts'
import { useLiveInstances } from './useLiveInstances.ts'

const RUNNING = new Color(UNIT_RUNNING_HEX)
const FAILED = new Color(UNIT_FAILED_HEX)
const geometry = new BoxGeometry(1, 1, 1)
const material = new MeshLambertMaterial()
const transformsOf = (layout: SceneLayout) => unitTransforms(layout, 0.02)

function onClick(e: ThreeEvent<MouseEvent>) {
  e.stopPropagation()
  if (e.instanceId !== undefined) select({ kind: 'unit', index: e.instanceId })
}

export function CoolingUnits({ layout }: { layout: SceneLayout }) {
  const count = layout.units.length
  const { ref } = useLiveInstances(layout, transformsOf, RUNNING, (mesh, frame) => {
    const base = layout.snapshot.unitRunning
    for (let j = 0; j < count; j++) mesh.setColorAt(j, frame[base + j] > 0 ? RUNNING : FAILED)
  })

  return (
    <instancedMesh
      key={count}
      name={UNITS_NAME}
      ref={ref}
      args={[geometry, material, count]}
      onClick={onClick}
      {...unitHover}
    />
  )
}

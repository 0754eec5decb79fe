// Where a drag would put its boxes: translucent boxes on the snapped tiles, pale blue where they may go and red
// where they may not (an overlap or a wall; the reason is named on release), drawn only while dragging.
import { useLayoutEffect, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { BoxGeometry, Color, Matrix4, MeshBasicMaterial } from 'three'
import type { InstancedMesh } from 'three'
import { composeTransform } from '../instances.ts'
import { instanceTransform } from '../layout.ts'
import { GHOST_HEX } from '../palette.ts'
import { useEditMode } from './editMode.ts'

/** The refused colour: the danger red of the error banner (styles.css --danger). */
export const REFUSED_HEX = '#e5484d'

const geometry = new BoxGeometry(1, 1, 1)
const material = new MeshBasicMaterial({ transparent: true, opacity: 0.5, depthWrite: false })
const valid = new Color(GHOST_HEX)
const refused = new Color(REFUSED_HEX)
const scratch = new Matrix4()

export function DragGhost() {
  const ghost = useEditMode((s) => s.ghost)
  const ref = useRef<InstancedMesh>(null)
  const invalidate = useThree((s) => s.invalidate)
  const count = ghost?.boxes.length ?? 0

  useLayoutEffect(() => {
    const mesh = ref.current
    if (!mesh || !ghost) return
    // A little larger than the box, so it shows around the dragged instance it coincides with.
    ghost.boxes.forEach((box, i) =>
      mesh.setMatrixAt(i, composeTransform(instanceTransform(box), scratch, 0.08)),
    )
    mesh.instanceMatrix.needsUpdate = true
    material.color.copy(ghost.problem ? refused : valid)
    // Refused reads over the rack it collides with; allowed stays a light wash.
    material.opacity = ghost.problem ? 0.75 : 0.5
    invalidate()
  }, [ghost, invalidate])

  if (count === 0) return null
  return <instancedMesh key={count} ref={ref} args={[geometry, material, count]} raycast={() => null} />
}

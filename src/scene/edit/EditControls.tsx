// The canvas side of editing: a press on a rack or cooling unit (while editing) selects it and starts a drag
// instead of orbiting; moves and the release go to drag.ts; the dragged boxes are redrawn every frame.
import { useEffect } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { InstancedMesh, Raycaster, Vector2 } from 'three'
import type { Camera, Object3D } from 'three'
import { useHall } from '../../state/hall.ts'
import { select } from '../../state/actions.ts'
import { useUi } from '../../state/store.ts'
import { beginDrag, cancelDrag, drawDrag, endDrag, isDragging, moveDrag } from './drag.ts'
import { useEditMode } from './editMode.ts'
import { RACKS_NAME, UNITS_NAME } from './names.ts'

const raycaster = new Raycaster()
const ndc = new Vector2()

const meshNamed = (scene: Object3D, name: string) => {
  const found = scene.getObjectByName(name)
  return found instanceof InstancedMesh ? found : undefined
}

/** The rack or unit instance under a pointer event, nearest first. */
function pickAt(event: PointerEvent, canvas: HTMLCanvasElement, camera: Camera, scene: Object3D) {
  const rect = canvas.getBoundingClientRect()
  ndc.set(
    ((event.clientX - rect.left) / rect.width) * 2 - 1,
    -((event.clientY - rect.top) / rect.height) * 2 + 1,
  )
  raycaster.setFromCamera(ndc, camera)
  const meshes = [meshNamed(scene, RACKS_NAME), meshNamed(scene, UNITS_NAME)].filter((m) => m !== undefined)
  const first = raycaster.intersectObjects(meshes, false).find((h) => h.instanceId !== undefined)
  return first && { mesh: first.object as InstancedMesh, index: first.instanceId!, point: first.point }
}

function onPress(event: PointerEvent, canvas: HTMLCanvasElement, camera: Camera, scene: Object3D) {
  const layout = useUi.getState().layout
  const doc = useHall.getState().doc
  if (event.button !== 0 || !useEditMode.getState().on || !layout || !doc || isDragging()) return false
  const picked = pickAt(event, canvas, camera, scene)
  if (!picked) return false // empty floor: orbit as usual
  const isUnit = picked.mesh.name === UNITS_NAME
  select({ kind: isUnit ? 'unit' : 'rack', index: picked.index })
  const rowPick = event.shiftKey || useEditMode.getState().pick === 'row'
  const kind = isUnit ? 'unit' : rowPick ? 'row' : 'rack'
  beginDrag({ target: { kind, index: picked.index }, event, canvas, camera, ...picked, layout, doc })
  return true
}

export function EditControls() {
  const canvas = useThree((s) => s.gl.domElement)
  const camera = useThree((s) => s.camera)
  const scene = useThree((s) => s.scene)
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    let swallowClick = false
    // Capture phase on the canvas: runs before the orbit controls' and R3F's own listeners, which a drag stops.
    const down = (e: PointerEvent) => {
      if (!onPress(e, canvas, camera, scene)) return
      e.stopImmediatePropagation()
      e.preventDefault()
      swallowClick = true
    }
    const move = (e: PointerEvent) => {
      if (!isDragging()) return
      moveDrag(e)
      invalidate()
    }
    const up = (e: PointerEvent) => {
      if (isDragging()) void endDrag(e).finally(invalidate)
    }
    // The click after a drag's release is not a selection of whatever lies under the pointer then.
    const click = (e: MouseEvent) => {
      if (swallowClick) e.stopImmediatePropagation()
      swallowClick = false
    }
    const cancel = () => {
      if (!isDragging()) return
      cancelDrag()
      invalidate()
    }
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel()
    }
    const listeners: [EventTarget, string, (e: never) => void, AddEventListenerOptions?][] = [
      [canvas, 'pointerdown', down, { capture: true }],
      [canvas, 'pointermove', move],
      [canvas, 'pointerup', up],
      [canvas, 'pointercancel', cancel],
      [canvas, 'click', click, { capture: true }],
      [window, 'keydown', key],
    ]
    for (const [target, type, fn, options] of listeners)
      target.addEventListener(type, fn as EventListener, options)
    return () => {
      cancelDrag()
      for (const [target, type, fn, options] of listeners)
        target.removeEventListener(type, fn as EventListener, options)
    }
  }, [canvas, camera, scene, invalidate])

  useFrame(() => {
    if (!isDragging()) return
    drawDrag(meshNamed(scene, RACKS_NAME))
    drawDrag(meshNamed(scene, UNITS_NAME))
  })
  return null
}

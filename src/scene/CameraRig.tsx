// Orbit controls wired by hand (no drei) and a camera framed on the whole room whenever the room changes, and
// again when the canvas changes shape (the Forecast tab's wider panel) as long as the user has not moved it.
import { useEffect, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { PerspectiveCamera } from 'three'
import type { Camera } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { SceneLayout } from '../../sim/index.ts'
import { pointNorth } from '../ui/Compass.tsx'
import { CAMERA_FOV_DEG, frameRoom } from './framing.ts'
import { roomBox } from './layout.ts'

type Room = SceneLayout['room']

// Imperative three.js setup kept outside the component body, where the React compiler's rules do not apply.
function aim(camera: Camera, controls: OrbitControls, room: Room, aspect: number) {
  const fovDeg = camera instanceof PerspectiveCamera ? camera.fov : CAMERA_FOV_DEG
  const f = frameRoom(room, fovDeg, aspect)
  camera.position.set(...f.position)
  controls.target.set(...f.target)
  controls.minDistance = 2
  controls.maxDistance = f.distanceM * 3
  // Stay above the floor: the hall is never seen from below.
  controls.maxPolarAngle = Math.PI / 2 - 0.05
  if (camera instanceof PerspectiveCamera) {
    camera.far = f.distanceM * 6
    camera.updateProjectionMatrix()
  }
  controls.update()
}

/** Orbit controls on the default camera, framed on roomBox(layout) whenever the layout changes. */
export function CameraRig({ layout }: { layout: SceneLayout }) {
  const camera = useThree((s) => s.camera)
  const domElement = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const getState = useThree((s) => s.get)

  const room = useMemo(() => roomBox(layout), [layout])
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  // The controls of the current room, and whether the user has orbited, panned or zoomed since they were made.
  const rig = useRef<{ controls: OrbitControls; moved: boolean } | null>(null)

  useEffect(() => {
    const controls = new OrbitControls(camera, domElement)
    const { width, height } = getState().size
    aim(camera, controls, room, width / Math.max(height, 1))
    const mine = { controls, moved: false }
    rig.current = mine
    const onStart = () => {
      mine.moved = true
    }
    controls.addEventListener('start', onStart)
    // frameloop="demand": every camera move must ask for a frame.
    const onChange = () => {
      pointNorth(controls.getAzimuthalAngle())
      invalidate()
    }
    controls.addEventListener('change', onChange)
    onChange()
    return () => {
      controls.removeEventListener('start', onStart)
      controls.removeEventListener('change', onChange)
      controls.dispose()
    }
  }, [camera, domElement, invalidate, getState, room])

  useEffect(() => {
    const current = rig.current
    if (!current || current.moved || width <= 0 || height <= 0) return
    aim(camera, current.controls, room, width / height)
    invalidate()
  }, [camera, room, width, height, invalidate])

  return null
}

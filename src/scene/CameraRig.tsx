// Orbit controls wired by hand (no drei), the view presets gliding into place, and the rule for framing: a new hall
// or room is framed, an edit of the hall on screen is not (the camera must not jump while the user builds), and a
// canvas that changes shape (the Forecast tab's wider panel) re-aims the current preset unless the user has moved.
// docs/hall.md#reading-the-hall-labels-tooltips-views
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { PerspectiveCamera } from 'three'
import type { Camera } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import type { SceneLayout } from '../../sim/index.ts'
import { pointNorth } from '../ui/Compass.tsx'
import type { Framing } from './framing.ts'
import { CAMERA_FOV_DEG } from './framing.ts'
import { framesAfresh } from './frameRule.ts'
import { GLIDE_MS, glide, onShowView } from './viewControl.ts'
import { overviewView, viewOf } from './views.ts'
import type { ViewName } from './views.ts'

type Place = Pick<Framing, 'position' | 'target'>

interface Rig {
  controls: OrbitControls
  /** Framed at least once (a rig made for a layout already on screen frames it). */
  framed: boolean
  /** The preset last shown, and whether the user has orbited, panned or zoomed since. */
  view: ViewName
  moved: boolean
  gliding: { from: Place; to: Place; startMs: number; name: ViewName } | null
}

const fovOf = (camera: Camera) => (camera instanceof PerspectiveCamera ? camera.fov : CAMERA_FOV_DEG)
const round = (v: number) => Math.round(v * 1000) / 1000

// Imperative three.js code kept outside the component body, where the React compiler's rules do not apply.

/** Zoom and far-plane limits from the overview's distance, so every preset and the whole room stay in reach. */
function limit(camera: Camera, controls: OrbitControls, layout: SceneLayout, aspect: number) {
  const d = overviewView(layout, fovOf(camera), aspect).distanceM
  controls.minDistance = 1
  controls.maxDistance = d * 3
  // Stay above the floor: the hall is never seen from below.
  controls.maxPolarAngle = Math.PI / 2 - 0.05
  if (camera instanceof PerspectiveCamera) {
    camera.far = d * 6
    camera.updateProjectionMatrix()
  }
}

function place(camera: Camera, controls: OrbitControls, at: Place) {
  camera.position.set(...at.position)
  controls.target.set(...at.target)
  controls.update()
}

function here(camera: Camera, controls: OrbitControls): Place {
  return { position: camera.position.toArray(), target: controls.target.toArray() }
}

/** The camera on the canvas element, for tests and for anyone reading the page: position, target, preset. */
function mark(canvas: HTMLCanvasElement, camera: Camera, controls: OrbitControls, view: string) {
  const p = camera.position
  const t = controls.target
  canvas.dataset.camera = [p.x, p.y, p.z, t.x, t.y, t.z].map(round).join(',')
  canvas.dataset.view = view
}

export function CameraRig({ layout }: { layout: SceneLayout }) {
  const camera = useThree((s) => s.camera)
  const canvas = useThree((s) => s.gl.domElement)
  const invalidate = useThree((s) => s.invalidate)
  const getState = useThree((s) => s.get)
  const width = useThree((s) => s.size.width)
  const height = useThree((s) => s.size.height)
  const rig = useRef<Rig | null>(null)
  const current = useRef(layout)

  useLayoutEffect(() => {
    const controls = new OrbitControls(camera, canvas)
    const mine: Rig = { controls, framed: false, view: 'overview', moved: false, gliding: null }
    rig.current = mine
    const onStart = () => {
      mine.moved = true
      mine.gliding = null
    }
    controls.addEventListener('start', onStart)
    // frameloop="demand": every camera move must ask for a frame.
    const onChange = () => {
      pointNorth(controls.getAzimuthalAngle())
      mark(canvas, camera, controls, mine.gliding ? 'moving' : mine.moved ? 'free' : mine.view)
      invalidate()
    }
    controls.addEventListener('change', onChange)
    return () => {
      controls.removeEventListener('start', onStart)
      controls.removeEventListener('change', onChange)
      controls.dispose()
      rig.current = null
    }
  }, [camera, canvas, invalidate])

  // A new hall or room is framed in the overview; an edited layout of the same hall keeps the camera where it is.
  useLayoutEffect(() => {
    current.current = layout
    const r = rig.current
    if (!r) return
    const { width, height } = getState().size
    const aspect = width / Math.max(height, 1)
    limit(camera, r.controls, layout, aspect)
    if (r.framed && !framesAfresh(layout)) return
    r.framed = true
    r.view = 'overview'
    r.moved = false
    r.gliding = null
    place(camera, r.controls, overviewView(layout, fovOf(camera), aspect))
    pointNorth(r.controls.getAzimuthalAngle())
    mark(canvas, camera, r.controls, 'overview')
  }, [camera, canvas, getState, layout])

  // The canvas changed shape: the preset on screen is framed for the new aspect, unless the user has moved.
  useEffect(() => {
    const r = rig.current
    if (!r || r.moved || r.gliding || width <= 0 || height <= 0) return
    const f = viewOf(r.view, current.current, fovOf(camera), width, height)
    if (f) place(camera, r.controls, f)
  }, [camera, width, height])

  useEffect(() => {
    onShowView((name) => {
      const r = rig.current
      const { width, height } = getState().size
      const to = viewOf(name, current.current, fovOf(camera), width, Math.max(height, 1))
      if (!r || !to) return
      r.gliding = { from: here(camera, r.controls), to, startMs: performance.now(), name }
      invalidate()
    })
    return () => onShowView(null)
  }, [camera, getState, invalidate])

  useFrame(() => {
    const r = rig.current
    const g = r?.gliding
    if (!r || !g) return
    const fraction = (performance.now() - g.startMs) / GLIDE_MS
    if (fraction >= 1) {
      r.gliding = null
      r.view = g.name
      r.moved = false
    }
    place(camera, r.controls, glide(g.from, g.to, fraction))
    if (r.gliding) invalidate()
    else mark(canvas, camera, r.controls, g.name)
  })

  return null
}

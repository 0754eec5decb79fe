// The bench's baseline: plain three.js drawing the app's boxes (one InstancedMesh) and floor with the app's
// lights, material, camera, canvas size and antialias, recoloured and rendered on every animation frame.
// No React, no worker, no labels: what the hardware costs for this scene with nothing else on the main thread.
// The bench hands the scene over in window.__bareScene before the page's scripts run (bench/renderBare.ts).
import {
  BoxGeometry,
  Color,
  HemisphereLight,
  DirectionalLight,
  InstancedMesh,
  Matrix4,
  Mesh,
  MeshLambertMaterial,
  PerspectiveCamera,
  PlaneGeometry,
  Quaternion,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three'

/** What the bench passes in: the canvas's CSS size, the camera pose, the boxes (x,y,z,yaw,sx,sy,sz each). */
interface BareScene {
  widthPx: number
  heightPx: number
  camera: [number, number, number, number, number, number]
  boxes: number[][]
  room: { widthM: number; depthM: number }
  background: string
}

const spec = (window as unknown as { __bareScene?: BareScene }).__bareScene
if (!spec) throw new Error('window.__bareScene is missing: the bench sets it before the page loads')

const renderer = new WebGLRenderer({ antialias: true })
renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2))
renderer.setSize(spec.widthPx, spec.heightPx)
document.body.appendChild(renderer.domElement)

const scene = new Scene()
scene.background = new Color(spec.background)
scene.add(new HemisphereLight('#dbe7ff', '#2a2f3a', 2.2))
const sun = new DirectionalLight('#ffffff', 1.4)
sun.position.set(-6, 14, 10)
scene.add(sun)

const floor = new Mesh(
  new PlaneGeometry(spec.room.widthM, spec.room.depthM),
  new MeshLambertMaterial({ color: '#2b303b' }),
)
floor.rotation.x = -Math.PI / 2
floor.position.set(spec.room.widthM / 2, 0, -spec.room.depthM / 2)
scene.add(floor)

const boxes = new InstancedMesh(new BoxGeometry(1, 1, 1), new MeshLambertMaterial(), spec.boxes.length)
const matrix = new Matrix4()
const up = new Vector3(0, 1, 0)
spec.boxes.forEach(([x, y, z, yaw, sx, sy, sz], i) => {
  matrix.compose(new Vector3(x, y, z), new Quaternion().setFromAxisAngle(up, yaw), new Vector3(sx, sy, sz))
  boxes.setMatrixAt(i, matrix)
})
scene.add(boxes)

const [px, py, pz, tx, ty, tz] = spec.camera
const camera = new PerspectiveCamera(45, spec.widthPx / spec.heightPx, 0.1, 400)
camera.position.set(px, py, pz)
camera.lookAt(tx, ty, tz)

// Every box gets a new colour every frame, as the app's racks do at each snapshot during playback.
const colour = new Color()
function frame(nowMs: number) {
  for (let i = 0; i < spec!.boxes.length; i++)
    boxes.setColorAt(i, colour.setHSL(((nowMs / 4000 + i / 97) % 1) * 0.66, 0.7, 0.5))
  if (boxes.instanceColor) boxes.instanceColor.needsUpdate = true
  renderer.render(scene, camera)
  requestAnimationFrame(frame)
}
requestAnimationFrame(frame)

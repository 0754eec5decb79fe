// One drag at a time, driven by the canvas's pointer events (EditControls.tsx): the pressed rack, row or unit
// follows the pointer over the floor on whole tiles, the worker re-solves the moved hall at most every
// PREVIEW_MS so inlets answer while dragging, and the drop commits ONE edit (docs/hall.md#editing-in-3d).
import { Matrix4, Plane, Raycaster, Vector2, Vector3 } from 'three'
import type { Camera, InstancedMesh } from 'three'
import { applyEdit } from '../../../sim/edit/index.ts'
import type { Edit } from '../../../sim/edit/index.ts'
import type { SceneLayout, ScenarioInput } from '../../../sim/index.ts'
import { commitEdit, endPreview, previewEdit } from '../../state/history.ts'
import { useUi } from '../../state/store.ts'
import { sceneZ } from '../layout.ts'
import { planDrag } from './dragPlan.ts'
import type { DragPlan, DragTarget } from './dragPlan.ts'
import { useEditMode } from './editMode.ts'

/** At most one re-solve asked for per this many ms while dragging (the brief's ~200 ms; the worker reloads). */
export const PREVIEW_MS = 200
/** A press that moves less than this many pixels is a click (select), not a drag. */
const THRESHOLD_PX = 4

interface Active {
  target: DragTarget
  pointerId: number
  canvas: HTMLCanvasElement
  camera: Camera
  mesh: InstancedMesh
  /** The horizontal plane through the grabbed point: the point under the pointer stays under it. */
  plane: Plane
  grab: Vector3
  downX: number
  downY: number
  moving: boolean
  layout: SceneLayout
  doc: ScenarioInput
  originals: Map<number, Matrix4>
  plan: DragPlan | null
  problem: string | null
}

let active: Active | null = null
const raycaster = new Raycaster()
const ndc = new Vector2()
const hit = new Vector3()
const scratch = new Matrix4()

export const isDragging = (): boolean => active !== null

/** Starts dragging `target` (pressed at `point`, a world point on its mesh); the canvas captures the pointer. */
export function beginDrag(start: {
  target: DragTarget
  event: PointerEvent
  canvas: HTMLCanvasElement
  camera: Camera
  mesh: InstancedMesh
  point: Vector3
  layout: SceneLayout
  doc: ScenarioInput
}): void {
  const { target, event, canvas, mesh, layout, doc } = start
  const plan0 = planDrag(layout, doc, target, 0, 0)
  if (!plan0) return
  const originals = new Map<number, Matrix4>()
  for (const i of plan0.indices) {
    mesh.getMatrixAt(i, scratch)
    originals.set(i, scratch.clone())
  }
  canvas.setPointerCapture(event.pointerId)
  // A closed hand while something is held (the hover's pointer hand is set on the page body).
  canvas.style.cursor = 'grabbing'
  sentThisDrag = false
  active = {
    ...start,
    pointerId: event.pointerId,
    plane: new Plane(new Vector3(0, 1, 0), -start.point.y),
    grab: start.point.clone(),
    downX: event.clientX,
    downY: event.clientY,
    moving: false,
    originals,
    plan: null,
    problem: null,
  }
}

/** The floor point under the pointer on the drag's plane, or null when the ray misses it (above the horizon). */
function floorPointAt(a: Active, clientX: number, clientY: number): Vector3 | null {
  const rect = a.canvas.getBoundingClientRect()
  ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1)
  raycaster.setFromCamera(ndc, a.camera)
  return raycaster.ray.intersectPlane(a.plane, hit)
}

export function moveDrag(event: PointerEvent): void {
  const a = active
  if (!a || event.pointerId !== a.pointerId) return
  if (!a.moving && Math.hypot(event.clientX - a.downX, event.clientY - a.downY) < THRESHOLD_PX) return
  a.moving = true
  const p = floorPointAt(a, event.clientX, event.clientY)
  if (!p) return
  // three.js x is floor x; three.js −z is floor y (layout.ts sceneZ).
  const plan = planDrag(a.layout, a.doc, a.target, p.x - a.grab.x, -(p.z - a.grab.z))
  if (!plan || (a.plan && sameEdit(plan.edit, a.plan.edit))) return
  a.plan = plan
  const moved = plan.dxM !== 0 || plan.dyM !== 0
  const result = moved ? applyEdit(a.doc, plan.edit) : null
  a.problem = result && !result.ok ? result.problem : null
  useEditMode.setState({ ghost: { boxes: plan.boxes, problem: a.problem } })
  if (moved && !a.problem) requestPreview(plan.edit, event.timeStamp)
}

const sameEdit = (x: Edit, y: Edit) => JSON.stringify(x) === JSON.stringify(y)

/** Whether the instances on screen are laid out as when the drag began (not a preview, whose indices may differ). */
const onBaseLayout = (a: Active) => useUi.getState().layout === a.layout

/**
 * Writes the dragged instances' matrices at the plan's place, every frame while dragging. Only on the layout the
 * drag began on: a re-solved preview places every instance afresh, the moved ones at the previewed place, and may
 * list them at other indices (a rack moved out of its row comes after the other rows). Returns whether it wrote.
 */
export function drawDrag(mesh: InstancedMesh | undefined): boolean {
  const a = active
  if (!a || !a.plan || mesh !== a.mesh || !onBaseLayout(a)) return false
  a.plan.indices.forEach((i, k) => {
    const box = a.plan!.boxes[k]
    const original = a.originals.get(i)
    if (!original) return
    scratch.copy(original)
    const y = original.elements[13]
    mesh.setMatrixAt(i, scratch.setPosition(box.xM, y, sceneZ(box.yM)))
  })
  mesh.instanceMatrix.needsUpdate = true
  return true
}

/** Ends the drag: ONE commit of a valid move; an invalid one is put back and named in the banner. */
export async function endDrag(event: PointerEvent): Promise<void> {
  const a = active
  if (!a || event.pointerId !== a.pointerId) return
  finish(a)
  const plan = a.plan
  if (!a.moving || !plan || (plan.dxM === 0 && plan.dyM === 0)) return restore(a)
  if (a.problem) {
    useUi.setState({ error: a.problem })
    return restore(a)
  }
  await flight
  if ((await commitEdit(plan.edit)) !== null) restore(a)
}

/** Esc: puts the dragged boxes back and returns the worker to the committed hall. */
export function cancelDrag(): void {
  const a = active
  if (!a) return
  finish(a)
  restore(a)
}

function finish(a: Active) {
  active = null
  pending = null
  if (timer) clearTimeout(timer)
  timer = null
  if (a.canvas.hasPointerCapture(a.pointerId)) a.canvas.releasePointerCapture(a.pointerId)
  a.canvas.style.cursor = ''
  useEditMode.setState({ ghost: null })
}

/** Puts the dragged instances back; a preview shown during the drag is replaced by the committed hall again. */
function restore(a: Active) {
  if (onBaseLayout(a)) {
    for (const [i, m] of a.originals) a.mesh.setMatrixAt(i, m)
    a.mesh.instanceMatrix.needsUpdate = true
  }
  if (sentThisDrag) void flight.then(() => endPreview())
  sentThisDrag = false
}

// Previews: one in flight, the newest waiting, at most one sent per PREVIEW_MS.
let pending: { edit: Edit; atMs: number } | null = null
let flight: Promise<unknown> = Promise.resolve()
let inFlight = false
let lastSentMs = -Infinity
let timer: ReturnType<typeof setTimeout> | null = null
let sentThisDrag = false

function requestPreview(edit: Edit, atMs: number) {
  pending = { edit, atMs }
  pump()
}

function pump() {
  if (inFlight || !pending || timer) return
  const waitMs = lastSentMs + PREVIEW_MS - performance.now()
  if (waitMs > 0) {
    timer = setTimeout(() => {
      timer = null
      pump()
    }, waitMs)
    return
  }
  const { edit, atMs } = pending
  pending = null
  inFlight = true
  sentThisDrag = true
  lastSentMs = performance.now()
  flight = previewEdit(edit)
    .then((problem) => {
      // From the pointer move that asked for this place to the re-solved hall on screen.
      if (problem === null)
        useEditMode.setState((s) => ({
          previewMs: Math.round(performance.now() - atMs),
          previews: s.previews + 1,
        }))
    })
    .finally(() => {
      inFlight = false
      pump()
    })
}

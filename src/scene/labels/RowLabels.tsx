// A name sign for each row ("Row A"), a fixed size on screen so rows stay named from any distance, hung over the
// row's end or laid beside it from above (rowSigns.ts), and hidden when the camera stands next to it (in an aisle).
// All signs are one mesh and one draw call (signBatch.ts).
import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { PerspectiveCamera, Vector3 } from 'three'
import type { Camera } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import { sceneZ } from '../layout.ts'
import { useUi } from '../../state/store.ts'
import { rowsOf } from '../rows.ts'
import { rowSignSpots, signText } from './rowSigns.ts'
import type { SignSpot } from './rowSigns.ts'
import { placeSigns, signBatch } from './signBatch.ts'
import type { BatchedSign } from './signBatch.ts'
import { declutter, signPriority } from './declutter.ts'
import type { ScreenRect } from './declutter.ts'
import { overlayRects } from './overlayRects.ts'
import { signRect } from './signRect.ts'

/** The sign's height on screen, px. */
export const ROW_LABEL_PX = 22
// Nearer than this the sign is hidden, m.
const HIDE_WITHIN_M = 3
// A camera looking down within this of the vertical sees the plan: signs lie beside the rows.
const PLAN_COS = Math.cos((25 * Math.PI) / 180)
// Signs kept at least this far apart on screen, px, so two plates never touch.
const GAP_PX = 4
// How often the cards over the canvas are measured again, ms.
const CARDS_EVERY_MS = 250

/** The signs of a layout, the order they claim screen space in, and which are kept (1) this frame. */
interface SignSet {
  signs: Sign[]
  order: number[]
  kept: Uint8Array
}

/** One sign: its place and text plate for each of the two ways it is shown. */
interface Sign {
  hanging: Plate
  beside: Plate
}
interface Plate extends BatchedSign {
  text: string
  spot: SignSpot
  /** Width ÷ height of its text plate. */
  aspect: number
}

const look = new Vector3()
const SIGN_BORDER = '#8d99b0'

/** A screen-sized, depth-tested text plate at `spot`, `aspect` wide per unit of height. */
const plate = (text: string, spot: SignSpot, aspect: number): Plate => ({
  text,
  spot,
  aspect,
  at: new Vector3(spot.xM, spot.liftM, sceneZ(spot.yM)),
  center: spot.center,
  visible: false,
})

/** The signs on screen, their text and rectangle, CSS px: "Row A:12.0,40.5,70.2,62.5;…" (tests read it). */
const described = (signs: readonly Sign[], rects: readonly (ScreenRect | null)[], kept: Uint8Array) =>
  signs
    .flatMap((sign, i) => {
      const r = rects[i]
      if (!kept[i] || !r) return []
      const p = sign.hanging.visible ? sign.hanging : sign.beside
      return [`${p.text}:${[r.x0, r.y0, r.x1, r.y1].map((v) => v.toFixed(1)).join(',')}`]
    })
    .join(';')

/**
 * Sizes every sign to ROW_LABEL_PX on a canvas `w` × `h` px, shows it hanging ("Row A") or, seen from above, beside
 * the row ("A": the short name fits the gap between blocks of rows), hides those next to the camera, and of the rest
 * keeps only signs clear of the page's `cards` over the canvas and of every sign before them in `set.order`
 * (declutter.ts). Returns the kept signs described.
 */
function fitSigns(
  set: SignSet,
  shown: boolean,
  cards: readonly ScreenRect[],
  camera: Camera,
  w: number,
  h: number,
): string {
  const plan = -camera.getWorldDirection(look).y >= PLAN_COS
  camera.updateMatrixWorld()
  const rects = set.signs.map((sign) => {
    const p = plan ? sign.beside : sign.hanging
    if (!shown || p.at.distanceTo(camera.position) < HIDE_WITHIN_M) return null
    return signRect(p.at, p.spot.center, p.aspect * ROW_LABEL_PX, ROW_LABEL_PX, camera, w, h)
  })
  declutter(rects, set.order, set.kept, GAP_PX, cards)
  set.signs.forEach((sign, i) => {
    sign.hanging.visible = !plan && set.kept[i] === 1
    sign.beside.visible = plan && set.kept[i] === 1
  })
  return described(set.signs, rects, set.kept)
}

/** A sign's height per unit of view depth for ROW_LABEL_PX on a canvas `h` px high: NDC spans 2 over the height. */
function heightPerDepth(camera: Camera, h: number): number {
  const fov = camera instanceof PerspectiveCamera ? camera.fov : 45
  return (ROW_LABEL_PX * 2 * Math.tan((fov * Math.PI) / 360)) / Math.max(h, 1)
}

export function RowLabels({ layout }: { layout: SceneLayout }) {
  // A rack standing alone (moved out of its row, it becomes a row of one) is named by its own label.
  const rows = useMemo(() => rowsOf(layout).filter((r) => r.rackCount > 1), [layout])
  // With the Forecast tab open the ghosts' dated labels name rows and racks, over the same row ends.
  const forecasting = useUi((s) => s.sideTab === 'forecast')
  // Each row's two plates, hanging then beside, in one atlas and one mesh.
  const batch = useMemo(
    () =>
      signBatch(
        rows.flatMap((row) => [signText(row.id), row.id]),
        SIGN_BORDER,
      ),
    [rows],
  )
  useEffect(() => () => batch.dispose(), [batch])
  const set = useMemo<SignSet>(() => {
    const signs = rows.map((row, i) => {
      const spots = rowSignSpots(row)
      return {
        hanging: plate(signText(row.id), spots.hanging, batch.aspects[2 * i]),
        beside: plate(row.id, spots.beside, batch.aspects[2 * i + 1]),
      }
    })
    return { signs, order: signPriority(rows), kept: new Uint8Array(signs.length) }
  }, [rows, batch])
  const plates = useMemo(() => set.signs.flatMap((s) => [s.hanging, s.beside]), [set])

  const cards = useRef({ atMs: -Infinity, rects: [] as ScreenRect[] })
  useFrame(({ camera, size, gl }) => {
    // The cards move only when the page's layout does (the edit bar opening, a panel): read a few times a second.
    const nowMs = performance.now()
    if (nowMs - cards.current.atMs > CARDS_EVERY_MS)
      cards.current = { atMs: nowMs, rects: overlayRects(gl.domElement) }
    const described = fitSigns(set, !forecasting, cards.current.rects, camera, size.width, size.height)
    placeSigns(batch, plates, camera, heightPerDepth(camera, size.height))
    // On the canvas, as the camera pose is (CameraRig.tsx), so a test can check that no two signs overlap.
    if (gl.domElement.dataset.rowSigns !== described) gl.domElement.dataset.rowSigns = described
  })

  // Not culled: its bounds change every frame with the camera. Drawn after the hall, as the sprites were.
  return (
    <mesh
      name="row-labels"
      geometry={batch.geometry}
      material={batch.material}
      visible={!forecasting}
      frustumCulled={false}
      renderOrder={10}
      raycast={() => null}
    />
  )
}

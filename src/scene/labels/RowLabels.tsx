// A name sign for each row ("Row A"), a fixed size on screen so rows stay named from any distance, hung over the
// row's end or laid beside it from above (rowSigns.ts), and hidden when the camera stands next to it (in an aisle).
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { PerspectiveCamera, Vector3 } from 'three'
import type { Camera, Group, Sprite } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import { sceneZ } from '../layout.ts'
import { useUi } from '../../state/store.ts'
import { rowsOf } from '../rows.ts'
import { rowSignSpots, signText } from './rowSigns.ts'
import type { SignSpot } from './rowSigns.ts'
import { mountSprites, textSprite } from '../textSprite.ts'
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
interface Plate {
  sprite: Sprite
  spot: SignSpot
  /** Width ÷ height of its text plate. */
  aspect: number
}

const look = new Vector3()

/** A screen-sized, depth-tested text plate at `spot`. */
function plate(text: string, spot: SignSpot): Plate {
  const sprite = textSprite(text, 1, '#8d99b0')
  // Screen-sized: the vertex shader multiplies the scale by the depth (three's SpriteMaterial). Depth-tested, unlike
  // textSprite's default, so a sign behind a row of racks is hidden by it, not drawn through it.
  sprite.material.sizeAttenuation = false
  sprite.material.depthTest = true
  sprite.position.set(spot.xM, spot.liftM, sceneZ(spot.yM))
  sprite.center.set(...spot.center)
  sprite.name = text
  return { sprite, spot, aspect: sprite.scale.x }
}

/** The signs on screen, their text and rectangle, CSS px: "Row A:12.0,40.5,70.2,62.5;…" (tests read it). */
const described = (signs: readonly Sign[], rects: readonly (ScreenRect | null)[], kept: Uint8Array) =>
  signs
    .flatMap((sign, i) => {
      const r = rects[i]
      if (!kept[i] || !r) return []
      const p = sign.hanging.sprite.visible ? sign.hanging : sign.beside
      return [`${p.sprite.name}:${[r.x0, r.y0, r.x1, r.y1].map((v) => v.toFixed(1)).join(',')}`]
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
  const fov = camera instanceof PerspectiveCamera ? camera.fov : 45
  // NDC spans 2 over the canvas height and the projection scales by 1 / tan(fov/2).
  const s = (ROW_LABEL_PX * 2 * Math.tan((fov * Math.PI) / 360)) / Math.max(h, 1)
  const plan = -camera.getWorldDirection(look).y >= PLAN_COS
  camera.updateMatrixWorld()
  const rects = set.signs.map((sign) => {
    for (const p of [sign.hanging, sign.beside]) p.sprite.scale.set(p.aspect * s, s, 1)
    const p = plan ? sign.beside : sign.hanging
    if (!shown || p.sprite.position.distanceTo(camera.position) < HIDE_WITHIN_M) return null
    return signRect(p.sprite.position, p.spot.center, p.aspect * ROW_LABEL_PX, ROW_LABEL_PX, camera, w, h)
  })
  declutter(rects, set.order, set.kept, GAP_PX, cards)
  set.signs.forEach((sign, i) => {
    sign.hanging.sprite.visible = !plan && set.kept[i] === 1
    sign.beside.sprite.visible = plan && set.kept[i] === 1
  })
  return described(set.signs, rects, set.kept)
}

export function RowLabels({ layout }: { layout: SceneLayout }) {
  const invalidate = useThree((s) => s.invalidate)
  const group = useRef<Group>(null)
  // A rack standing alone (moved out of its row, it becomes a row of one) is named by its own label.
  const rows = useMemo(() => rowsOf(layout).filter((r) => r.rackCount > 1), [layout])
  // With the Forecast tab open the ghosts' dated labels name rows and racks, over the same row ends.
  const forecasting = useUi((s) => s.sideTab === 'forecast')
  const set = useRef<SignSet>({ signs: [], order: [], kept: new Uint8Array(0) })

  useEffect(() => {
    const g = group.current
    if (!g) return
    const made = rows.map((row) => {
      const spots = rowSignSpots(row)
      return { hanging: plate(signText(row.id), spots.hanging), beside: plate(row.id, spots.beside) }
    })
    set.current = { signs: made, order: signPriority(rows), kept: new Uint8Array(made.length) }
    const sprites = made.flatMap((m) => [m.hanging.sprite, m.beside.sprite])
    const unmount = mountSprites(g, sprites)
    invalidate()
    return unmount
  }, [rows, invalidate])

  const cards = useRef({ atMs: -Infinity, rects: [] as ScreenRect[] })
  useFrame(({ camera, size, gl }) => {
    // The cards move only when the page's layout does (the edit bar opening, a panel): read a few times a second.
    const nowMs = performance.now()
    if (nowMs - cards.current.atMs > CARDS_EVERY_MS)
      cards.current = { atMs: nowMs, rects: overlayRects(gl.domElement) }
    const described = fitSigns(
      set.current,
      !forecasting,
      cards.current.rects,
      camera,
      size.width,
      size.height,
    )
    // On the canvas, as the camera pose is (CameraRig.tsx), so a test can check that no two signs overlap.
    if (gl.domElement.dataset.rowSigns !== described) gl.domElement.dataset.rowSigns = described
  })

  return <group ref={group} name="row-labels" visible={!forecasting} />
}

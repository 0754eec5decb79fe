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
import { rowSignSpots } from './rowSigns.ts'
import type { SignSpot } from './rowSigns.ts'
import { mountSprites, textSprite } from '../textSprite.ts'

/** The sign's height on screen, px. */
export const ROW_LABEL_PX = 22
// Nearer than this the sign is hidden, m.
const HIDE_WITHIN_M = 3
// A camera looking down within this of the vertical sees the plan: signs lie beside the rows.
const PLAN_COS = Math.cos((25 * Math.PI) / 180)

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

/**
 * Sizes every sign to ROW_LABEL_PX on a canvas `canvasPx` high, shows it hanging ("Row A") or, seen from above,
 * beside the row ("A": the short name fits the gap between blocks of rows), and hides those next to the camera.
 */
function fitSigns(signs: readonly Sign[], camera: Camera, canvasPx: number) {
  const fov = camera instanceof PerspectiveCamera ? camera.fov : 45
  // NDC spans 2 over the canvas height and the projection scales by 1 / tan(fov/2).
  const s = (ROW_LABEL_PX * 2 * Math.tan((fov * Math.PI) / 360)) / Math.max(canvasPx, 1)
  const plan = -camera.getWorldDirection(look).y >= PLAN_COS
  for (const sign of signs)
    for (const p of [sign.hanging, sign.beside]) {
      p.sprite.scale.set(p.aspect * s, s, 1)
      p.sprite.visible =
        (p === sign.beside) === plan && p.sprite.position.distanceTo(camera.position) >= HIDE_WITHIN_M
    }
}

export function RowLabels({ layout }: { layout: SceneLayout }) {
  const invalidate = useThree((s) => s.invalidate)
  const group = useRef<Group>(null)
  // A rack standing alone (moved out of its row, it becomes a row of one) is named by its own label.
  const rows = useMemo(() => rowsOf(layout).filter((r) => r.rackCount > 1), [layout])
  // With the Forecast tab open the ghosts' dated labels name rows and racks, over the same row ends.
  const forecasting = useUi((s) => s.sideTab === 'forecast')
  const signs = useRef<Sign[]>([])

  useEffect(() => {
    const g = group.current
    if (!g) return
    const made = rows.map((row) => {
      const spots = rowSignSpots(row)
      return { hanging: plate(`Row ${row.id}`, spots.hanging), beside: plate(row.id, spots.beside) }
    })
    signs.current = made
    const sprites = made.flatMap((m) => [m.hanging.sprite, m.beside.sprite])
    const unmount = mountSprites(g, sprites)
    invalidate()
    return unmount
  }, [rows, invalidate])

  useFrame(({ camera, size }) => fitSigns(signs.current, camera, size.height))

  return <group ref={group} name="row-labels" visible={!forecasting} />
}

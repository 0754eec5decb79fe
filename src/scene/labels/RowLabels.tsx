// A sign over the first rack of each row ("Row A"), a fixed size on screen so rows stay named from any distance,
// and hidden when the camera stands next to it (in an aisle it would fill the view).
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { PerspectiveCamera } from 'three'
import type { Camera, Group, Sprite } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import { sceneZ } from '../layout.ts'
import { rowsOf } from '../rows.ts'
import { textSprite } from '../textSprite.ts'

/** The sign's height on screen, px. */
export const ROW_LABEL_PX = 22
// Nearer than this the sign is hidden, m.
const HIDE_WITHIN_M = 3
// Above the rack tops, so the sign never covers the row's own lids.
const ABOVE_M = 0.45

/** Where row `id`'s sign hangs: over the middle of its west-end rack (south end for a row along y). */
export function rowSignSpot(row: ReturnType<typeof rowsOf>[number]): {
  xM: number
  yM: number
  liftM: number
} {
  const alongX = row.x1 - row.x0 >= row.y1 - row.y0
  const across = alongX ? row.y1 - row.y0 : row.x1 - row.x0
  return alongX
    ? { xM: row.x0 + across / 4, yM: (row.y0 + row.y1) / 2, liftM: row.heightM + ABOVE_M }
    : { xM: (row.x0 + row.x1) / 2, yM: row.y0 + across / 4, liftM: row.heightM + ABOVE_M }
}

interface Sign {
  sprite: Sprite
  /** Width ÷ height of its text plate. */
  aspect: number
}

/** Sizes every sign to ROW_LABEL_PX on a canvas `canvasPx` high; hides those next to the camera. */
function fitSigns(signs: readonly Sign[], camera: Camera, canvasPx: number) {
  const fov = camera instanceof PerspectiveCamera ? camera.fov : 45
  // NDC spans 2 over the canvas height and the projection scales by 1 / tan(fov/2).
  const s = (ROW_LABEL_PX * 2 * Math.tan((fov * Math.PI) / 360)) / Math.max(canvasPx, 1)
  for (const { sprite, aspect } of signs) {
    sprite.scale.set(aspect * s, s, 1)
    sprite.visible = sprite.position.distanceTo(camera.position) >= HIDE_WITHIN_M
  }
}

export function RowLabels({ layout }: { layout: SceneLayout }) {
  const invalidate = useThree((s) => s.invalidate)
  const group = useRef<Group>(null)
  const rows = useMemo(() => rowsOf(layout), [layout])
  const sprites = useRef<Sign[]>([])

  useEffect(() => {
    const g = group.current
    if (!g) return
    const made = rows.map((row) => {
      const sprite = textSprite(`Row ${row.id}`, 1, '#8d99b0')
      // Screen-sized: the vertex shader multiplies the scale by the depth (three's SpriteMaterial).
      sprite.material.sizeAttenuation = false
      sprite.center.set(0.5, 0)
      const spot = rowSignSpot(row)
      sprite.position.set(spot.xM, spot.liftM, sceneZ(spot.yM))
      sprite.name = `Row ${row.id}`
      return { sprite, aspect: sprite.scale.x }
    })
    sprites.current = made
    if (made.length > 0) g.add(...made.map((m) => m.sprite))
    invalidate()
    return () => {
      if (made.length > 0) g.remove(...made.map((m) => m.sprite))
      for (const { sprite } of made) {
        sprite.material.map?.dispose()
        sprite.material.dispose()
      }
    }
  }, [rows, invalidate])

  useFrame(({ camera, size }) => fitSigns(sprites.current, camera, size.height))

  return <group ref={group} name="row-labels" />
}

// Every row sign in ONE mesh: the plates painted once into a shared atlas, and each frame their corners placed on
// the CPU exactly where three's screen-sized sprites (sizeAttenuation off) would put them. 22 sprites were 22 draw
// calls a frame in the large hall; this is one. docs/performance.md#draw-calls
import {
  BufferAttribute,
  BufferGeometry,
  CanvasTexture,
  LinearFilter,
  MeshBasicMaterial,
  SRGBColorSpace,
  Vector3,
} from 'three'
import type { Camera } from 'three'
import { paintPlate, PLATE_HEIGHT_PX, plateWidthPx } from '../textSprite.ts'
import { packShelves } from './atlasPacking.ts'

const ATLAS_WIDTH_PX = 2048
// Transparent px between cells, so linear filtering never bleeds a neighbour's edge into a plate.
const GUTTER_PX = 2

/** One sign as the batch draws it: its anchor, which point of the plate sits there (as Sprite.center), shown or not. */
export interface BatchedSign {
  at: Vector3
  center: readonly [number, number]
  visible: boolean
}

export interface SignBatch {
  geometry: BufferGeometry
  material: MeshBasicMaterial
  /** Width ÷ height of each plate, in the order of the texts. */
  aspects: number[]
  dispose(): void
}

/** Paints `texts` as plates with a `border` edge into one atlas and builds the (still empty) quads for them. */
export function signBatch(texts: readonly string[], border: string): SignBatch {
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas context for the row signs')
  const widths = texts.map((t) => plateWidthPx(ctx, t))
  const cellPx = PLATE_HEIGHT_PX + GUTTER_PX
  const { cells, heightPx } = packShelves(
    widths.map((w) => w + GUTTER_PX),
    cellPx,
    ATLAS_WIDTH_PX,
  )
  canvas.width = ATLAS_WIDTH_PX
  canvas.height = Math.max(heightPx, 1)
  texts.forEach((t, i) => paintPlate(ctx, t, cells[i].x, cells[i].y, widths[i], border))

  const [W, H] = [canvas.width, canvas.height]
  const uv = new Float32Array(texts.length * 8)
  const index = new Uint16Array(texts.length * 6)
  texts.forEach((_, i) => {
    const [u0, u1] = [cells[i].x / W, (cells[i].x + widths[i]) / W]
    // The texture is flipped (flipY): canvas row y is v = 1 − y / H.
    const [vTop, vBottom] = [1 - cells[i].y / H, 1 - (cells[i].y + PLATE_HEIGHT_PX) / H]
    uv.set([u0, vBottom, u1, vBottom, u1, vTop, u0, vTop], i * 8)
    const k = i * 4
    index.set([k, k + 1, k + 2, k, k + 2, k + 3], i * 6)
  })
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(new Float32Array(texts.length * 12), 3))
  geometry.setAttribute('uv', new BufferAttribute(uv, 2))
  geometry.setIndex(new BufferAttribute(index, 1))

  const map = new CanvasTexture(canvas)
  map.colorSpace = SRGBColorSpace
  map.minFilter = LinearFilter
  // Depth-tested so a sign behind a row of racks is hidden by it; not written, so signs never clip each other.
  const material = new MeshBasicMaterial({ map, transparent: true, depthWrite: false })
  return {
    geometry,
    material,
    aspects: widths.map((w) => w / PLATE_HEIGHT_PX),
    dispose() {
      geometry.dispose()
      map.dispose()
      material.dispose()
    },
  }
}

const view = new Vector3()
const corner = new Vector3()
const CORNERS: readonly [number, number][] = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
]

/**
 * Places sign i's quad facing `camera`, `heightNdc` tall per unit of view depth (three's sprite with
 * sizeAttenuation off: offsets scale by −z in view space), or collapses it to nothing when hidden.
 * The camera's world matrices must be current.
 */
export function placeSigns(
  batch: SignBatch,
  signs: readonly BatchedSign[],
  camera: Camera,
  heightNdc: number,
) {
  const position = batch.geometry.getAttribute('position') as BufferAttribute
  const out = position.array as Float32Array
  signs.forEach((sign, i) => {
    if (!sign.visible) {
      out.fill(0, i * 12, i * 12 + 12)
      return
    }
    view.copy(sign.at).applyMatrix4(camera.matrixWorldInverse)
    const s = heightNdc * -view.z
    const sx = batch.aspects[i] * s
    CORNERS.forEach(([u, v], c) => {
      corner.set(view.x + (u - sign.center[0]) * sx, view.y + (v - sign.center[1]) * s, view.z)
      corner.applyMatrix4(camera.matrixWorld)
      out.set([corner.x, corner.y, corner.z], i * 12 + c * 3)
    })
  })
  position.needsUpdate = true
}

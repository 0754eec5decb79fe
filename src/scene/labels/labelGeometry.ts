// The labels as one buffer geometry: four corners and atlas coordinates per label, and an index that draws only the
// labels near enough to read (visibility.ts), rebuilt when that set changes.
import { BufferAttribute, BufferGeometry } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import type { AtlasCell } from './atlasPacking.ts'
import { corners, frontQuad, lidQuad, MAX_LID_LABEL_M, MAX_UNIT_FRONT_LABEL_M } from './labelQuads.ts'
import type { Quad } from './labelQuads.ts'

/** The quads of a layout's labels and, for each, which text (atlas cell) it shows. */
export interface PlacedLabels {
  quads: Quad[]
  cellOf: number[]
}

/**
 * Rack i's name (cell i) on its lid and its front; unit j's (cell racks + j) on its lid and its front, larger (a unit
 * is 2.5 m wide). `aspects[k]` is cell k's width ÷ height.
 */
export function placeHallLabels(layout: SceneLayout, aspects: readonly number[]): PlacedLabels {
  const quads: Quad[] = []
  const cellOf: number[] = []
  layout.racks.forEach((rack, i) => {
    quads.push(lidQuad(rack, aspects[i], MAX_LID_LABEL_M.rack), frontQuad(rack, aspects[i]))
    cellOf.push(i, i)
  })
  layout.units.forEach((unit, j) => {
    const k = layout.racks.length + j
    quads.push(
      lidQuad(unit, aspects[k], MAX_LID_LABEL_M.unit),
      frontQuad(unit, aspects[k], MAX_UNIT_FRONT_LABEL_M),
    )
    cellOf.push(k, k)
  })
  return { quads, cellOf }
}

export interface LabelBuffers {
  geometry: BufferGeometry
  /** Each label's centre (xyz) and height, m: what visibility.ts judges. */
  centers: Float32Array
  heightsM: Float32Array
}

/** Geometry for `placed` over an atlas `atlasW` × `atlasH` px (canvas textures are flipped: v = 1 at the top). */
export function labelBuffers(
  placed: PlacedLabels,
  cells: readonly AtlasCell[],
  atlasW: number,
  atlasH: number,
) {
  const n = placed.quads.length
  const positions = new Float32Array(n * 12)
  const uvs = new Float32Array(n * 8)
  const centers = new Float32Array(n * 3)
  const heightsM = new Float32Array(n)
  placed.quads.forEach((q, i) => {
    corners(q).forEach((c, k) => positions.set(c, i * 12 + k * 3))
    const cell = cells[placed.cellOf[i]]
    const [u0, u1] = [cell.x / atlasW, (cell.x + cell.w) / atlasW]
    const [vTop, vBottom] = [1 - cell.y / atlasH, 1 - (cell.y + cell.h) / atlasH]
    uvs.set([u0, vBottom, u1, vBottom, u1, vTop, u0, vTop], i * 8)
    centers.set(q.center, i * 3)
    heightsM[i] = q.heightM
  })
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(positions, 3))
  geometry.setAttribute('uv', new BufferAttribute(uvs, 2))
  // Room for every label; the draw range says how many are drawn (fillShownIndex), so no buffer is reallocated.
  geometry.setIndex(new BufferAttribute(new Uint32Array(n * 6), 1))
  geometry.setDrawRange(0, 0)
  return { geometry, centers, heightsM } satisfies LabelBuffers
}

/**
 * Writes two triangles (corners 0-1-2, 0-2-3: counter-clockwise from the front) into `index` for each label marked 1
 * in `shown`, in order; returns how many indices it wrote.
 */
export function fillShownIndex(shown: Uint8Array, index: Uint32Array): number {
  let k = 0
  shown.forEach((s, i) => {
    if (!s) return
    const v = i * 4
    index.set([v, v + 1, v + 2, v, v + 2, v + 3], k)
    k += 6
  })
  return k
}

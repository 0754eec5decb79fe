// Pure geometry for planned racks drawn as ghosts: their outlines as one line buffer, a cross on the lid of each
// rack that leaves, and label positions lifted apart where two would overlap on screen.
import { BoxGeometry, EdgesGeometry, Matrix4, Vector3 } from 'three'
import type { FloorBox } from '../../sim/index.ts'
import { composeTransform } from './instances.ts'
import { instanceTransform, sceneZ } from './layout.ts'

// The 12 edges of a unit cube centred on the origin, as 24 vertices.
const UNIT_EDGES = new EdgesGeometry(new BoxGeometry(1, 1, 1)).getAttribute('position')
const matrix = new Matrix4()
const v = new Vector3()

/** Line segments (x0,y0,z0, x1,y1,z1 …) outlining every box, in three.js space, `gapM` off width and depth. */
export function outlineSegments(boxes: readonly FloorBox[], gapM = 0): Float32Array {
  const out = new Float32Array(boxes.length * UNIT_EDGES.count * 3)
  boxes.forEach((box, b) => {
    composeTransform(instanceTransform(box, gapM), matrix)
    for (let k = 0; k < UNIT_EDGES.count; k++) {
      v.fromBufferAttribute(UNIT_EDGES, k).applyMatrix4(matrix)
      out.set([v.x, v.y, v.z], (b * UNIT_EDGES.count + k) * 3)
    }
  })
  return out
}

/** Two diagonals across each box's lid, a hair above it: the mark of a rack that is decommissioned. */
export function lidCrossSegments(boxes: readonly FloorBox[], liftM = 0.01): Float32Array {
  const out = new Float32Array(boxes.length * 12)
  boxes.forEach((box, b) => {
    const sideways = box.facing === '+x' || box.facing === '-x'
    const hx = (sideways ? box.depthM : box.widthM) / 2
    const hy = (sideways ? box.widthM : box.depthM) / 2
    const y = box.heightM + liftM
    const [x0, x1] = [box.xM - hx, box.xM + hx]
    const [z0, z1] = [sceneZ(box.yM - hy), sceneZ(box.yM + hy)]
    out.set([x0, y, z0, x1, y, z1, x0, y, z1, x1, y, z0], b * 12)
  })
  return out
}

export interface LabelSpot {
  text: string
  /** Floor plan position, m, and the height of what it stands above, m. */
  xM: number
  yM: number
  heightM: number
}

export interface PlacedLabel extends LabelSpot {
  /** Height of the label's centre above the floor, m. */
  liftM: number
}

/**
 * Puts each label `gapM` above what it marks; a label whose box (`widthM` × `lineM`, centred) would overlap an
 * earlier one's on the floor plan is raised a line at a time until it clears, so dates never print over each other.
 */
export function placeLabels(
  spots: readonly LabelSpot[],
  widthM: (text: string) => number,
  lineM: number,
  gapM = 0.35,
): PlacedLabel[] {
  const placed: PlacedLabel[] = []
  for (const spot of spots) {
    let liftM = spot.heightM + gapM
    const clash = (p: PlacedLabel) =>
      Math.abs(p.xM - spot.xM) < (widthM(p.text) + widthM(spot.text)) / 2 &&
      Math.abs(p.yM - spot.yM) < 2 * lineM &&
      Math.abs(p.liftM - liftM) < lineM - 1e-9
    while (placed.some(clash)) liftM += lineM
    placed.push({ ...spot, liftM })
  }
  return placed
}

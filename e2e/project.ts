// Where a rack shows on the canvas, worked out with the app's own framing and floor-plan mapping, so a click
// there checks orientation (north away from the viewer) and instanced-mesh picking together.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { PerspectiveCamera, Vector3 } from 'three'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../sim/index.ts'
import type { FloorBox, SceneLayout } from '../sim/index.ts'
import { CAMERA_FOV_DEG, frameRoom } from '../src/scene/framing.ts'
import { instanceTransform, roomBox } from '../src/scene/layout.ts'
import { canvasOf } from './session.ts'

/** The SceneLayout the worker builds for scenarios/<name>.json. */
export function layoutOf(name: string): SceneLayout {
  const url = new URL(`../scenarios/${name}.json`, import.meta.url)
  const scenario = parseScenarioText(readFileSync(url, 'utf8'), `${name}.json`)
  return sceneLayout(scenario, snapshotLayout(scenario.racks.length, scenario.coolingUnits.length))
}

/** CSS pixels, from the canvas's top-left corner, of the centre of rack `index`'s top face in the default view. */
export function rackTopOnCanvas(layout: SceneLayout, index: number, width: number, height: number) {
  return boxTopOnCanvas(layout, layout.racks[index], width, height)
}

/** The same for any box on the floor of `layout` (a planned rack, say), framed as the app frames `layout`. */
export function boxTopOnCanvas(layout: SceneLayout, box: FloorBox, width: number, height: number) {
  const aspect = width / height
  const f = frameRoom(roomBox(layout), CAMERA_FOV_DEG, aspect)
  const camera = new PerspectiveCamera(CAMERA_FOV_DEG, aspect, 0.1, 1000)
  camera.position.set(...f.position)
  camera.lookAt(...f.target)
  camera.updateMatrixWorld()
  const t = instanceTransform(box)
  // A hair below the lid, so the ray meets the top face rather than grazing its edge.
  const p = new Vector3(t.x, t.sy - 0.01, t.z).project(camera)
  return { x: ((p.x + 1) / 2) * width, y: ((1 - p.y) / 2) * height }
}

/** Clicks rack `rackId` of scenarios/<name>.json where the default view shows it, as a user picks a rack. */
export async function clickRack(page: Page, name: string, rackId: string): Promise<void> {
  const box = await canvasOf(page).boundingBox()
  if (!box) throw new Error('the canvas has no box')
  const layout = layoutOf(name)
  const index = layout.racks.findIndex((r) => r.id === rackId)
  if (index < 0) throw new Error(`scenarios/${name}.json has no rack ${rackId}`)
  const at = rackTopOnCanvas(layout, index, box.width, box.height)
  await page.mouse.click(box.x + at.x, box.y + at.y)
}

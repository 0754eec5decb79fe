// The state marks (tripped rack, rack without power, failed cooling unit) as one THREE.Points: screen-sized icons
// that always face the camera, all from one atlas texture in one draw call, re-placed only on a new snapshot.
import { useEffect, useMemo, useRef } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { BufferAttribute, BufferGeometry, CanvasTexture, Points, ShaderMaterial } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import { live } from '../../bridge/live.ts'
import { drawMarkAtlas, MARK_ICONS } from './markAtlas.ts'
import { markBuffers, placeMarks } from './markPlacement.ts'
import type { MarkBuffers } from './markPlacement.ts'

/** A mark's size on screen, CSS px: a glance-sized icon at any zoom, like a map pin. */
const MARK_PX = 26

const vertexShader = /* glsl */ `
attribute float icon;
uniform float sizePx;
varying float vIcon;
void main() {
  vIcon = icon;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
  gl_PointSize = sizePx;
}`

// The canvas holds sRGB colours and the output is sRGB: passed through unconverted, as drawn.
const fragmentShader = /* glsl */ `
uniform sampler2D atlas;
uniform float iconCount;
varying float vIcon;
void main() {
  vec2 uv = vec2((gl_PointCoord.x + vIcon) / iconCount, 1.0 - gl_PointCoord.y);
  vec4 c = texture2D(atlas, uv);
  if (c.a < 0.2) discard;
  gl_FragColor = c;
}`

function markCounts(icons: Float32Array, count: number): string {
  const counts = MARK_ICONS.map(() => 0)
  for (let k = 0; k < count; k++) counts[icons[k]]++
  return MARK_ICONS.map((icon, k) => `${icon}:${counts[k]}`).join(' ')
}

function marksObject(layout: SceneLayout) {
  const buffers = markBuffers(layout)
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(buffers.positions, 3))
  geometry.setAttribute('icon', new BufferAttribute(buffers.icons, 1))
  geometry.setDrawRange(0, 0)
  const material = new ShaderMaterial({
    uniforms: {
      atlas: { value: new CanvasTexture(drawMarkAtlas()) },
      iconCount: { value: MARK_ICONS.length },
      sizePx: { value: MARK_PX },
    },
    vertexShader,
    fragmentShader,
    depthWrite: false,
  })
  const points = new Points(geometry, material)
  points.name = 'state-marks'
  points.frustumCulled = false // positions change in place; the bounds would go stale
  points.renderOrder = 2 // after the racks, so a mark over a rack's lid is never hidden by it
  points.raycast = () => {} // hover and clicks go to the rack or unit under the mark
  return { points, buffers }
}

/** Sets the marks' size for a device pixel ratio (module level: imperative three.js, not React state). */
function sizeMarks(points: Points, dpr: number) {
  ;(points.material as ShaderMaterial).uniforms.sizePx.value = MARK_PX * dpr
}

function disposeMarks(points: Points) {
  const material = points.material as ShaderMaterial
  ;(material.uniforms.atlas.value as CanvasTexture).dispose()
  material.dispose()
  points.geometry.dispose()
}

/** Places the marks of `frame`; the canvas carries their counts per icon for tests, like data-row-signs. */
function showMarks(
  points: Points,
  buffers: MarkBuffers,
  layout: SceneLayout,
  frame: Float64Array,
  canvas: HTMLElement,
) {
  const count = placeMarks(layout, frame, buffers)
  canvas.dataset.stateMarks = markCounts(buffers.icons, count)
  points.geometry.setDrawRange(0, count)
  points.geometry.attributes.position.needsUpdate = true
  points.geometry.attributes.icon.needsUpdate = true
}

export function StateMarks({ layout }: { layout: SceneLayout }) {
  const marks = useMemo(() => marksObject(layout), [layout])
  const seen = useRef(-1)
  const dpr = useThree((s) => s.viewport.dpr)
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    sizeMarks(marks.points, dpr)
    seen.current = -1
    invalidate()
  }, [marks, dpr, invalidate])
  useEffect(() => () => disposeMarks(marks.points), [marks])
  useFrame(({ gl }) => {
    if (live.layout !== layout || live.version === seen.current) return
    seen.current = live.version
    showMarks(marks.points, marks.buffers, layout, live.frame, gl.domElement)
  })
  return <primitive object={marks.points} />
}

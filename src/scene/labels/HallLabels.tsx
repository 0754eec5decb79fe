// Rack and unit names on their lids and rack fronts: one atlas texture, one mesh, one draw call; only the labels
// near enough to read are drawn (visibility.ts), re-judged on every rendered frame the camera moved in.
import { useEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { CanvasTexture, MeshBasicMaterial, PerspectiveCamera, SRGBColorSpace } from 'three'
import type { Camera } from 'three'
import type { SceneLayout } from '../../../sim/index.ts'
import type { Vec3 } from '../framing.ts'
import { drawAtlas } from './labelAtlas.ts'
import { fillShownIndex, labelBuffers, placeHallLabels } from './labelGeometry.ts'
import type { LabelBuffers } from './labelGeometry.ts'
import { markReadable, readableWithinM } from './visibility.ts'

const eye: Vec3 = [0, 0, 0]
/** Draws only the labels readable from `camera` on a canvas `canvasPx` high (module level: imperative three.js). */
function drawReadable(buffers: LabelBuffers, marks: Uint8Array, camera: Camera, canvasPx: number) {
  const fov = camera instanceof PerspectiveCamera ? camera.fov : 45
  ;[eye[0], eye[1], eye[2]] = [camera.position.x, camera.position.y, camera.position.z]
  const reachPerM = readableWithinM(1, canvasPx, fov)
  const index = buffers.geometry.index
  if (!index || !markReadable(buffers.centers, buffers.heightsM, reachPerM, eye, marks)) return
  buffers.geometry.setDrawRange(0, fillShownIndex(marks, index.array as Uint32Array))
  index.needsUpdate = true
}

const namesOf = (layout: SceneLayout) => [...layout.racks.map((r) => r.id), ...layout.units.map((u) => u.id)]

export function HallLabels({ layout }: { layout: SceneLayout }) {
  // An edit that moves racks keeps their names: the atlas is redrawn only when the list of names changes.
  const names = namesOf(layout).join('\n')
  const atlas = useMemo(() => drawAtlas(names.split('\n')), [names])
  const material = useMemo(() => {
    const map = new CanvasTexture(atlas.canvas)
    map.colorSpace = SRGBColorSpace
    map.anisotropy = 4 // lids are seen at a slant from the overview
    return new MeshBasicMaterial({ map, transparent: true, depthWrite: false })
  }, [atlas])
  useEffect(
    () => () => {
      material.map?.dispose()
      material.dispose()
    },
    [material],
  )

  const buffers = useMemo(() => {
    const aspects = atlas.cells.map((c) => c.w / c.h)
    return labelBuffers(
      placeHallLabels(layout, aspects),
      atlas.cells,
      atlas.canvas.width,
      atlas.canvas.height,
    )
  }, [layout, atlas])
  useEffect(() => () => buffers.geometry.dispose(), [buffers])

  const shown = useRef<{ of: LabelBuffers; marks: Uint8Array } | null>(null)
  useFrame(({ camera, size }) => {
    if (shown.current?.of !== buffers)
      shown.current = { of: buffers, marks: new Uint8Array(buffers.heightsM.length) }
    drawReadable(buffers, shown.current.marks, camera, size.height)
  })

  return <mesh geometry={buffers.geometry} material={material} raycast={() => null} renderOrder={2} />
}

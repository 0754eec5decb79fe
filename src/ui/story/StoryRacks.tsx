// The racks and cooling units a growth forecast deploys, appearing in the hall as the story's clock reaches the
// day each goes in (the Forecast tab shows the same plan as ghosts: src/scene/Ghosts.tsx). One instanced mesh;
// which instances show is decided per frame from storyClock, outside React. docs/story.md#the-hall-grows
import { useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { BoxGeometry, Color, MeshLambertMaterial } from 'three'
import type { InstancedMesh } from 'three'
import { placeInstances } from '../../scene/instances.ts'
import { instanceTransform } from '../../scene/layout.ts'
import { GHOST_HEX } from '../../scene/palette.ts'
import { storyClock, useStory } from '../../state/story.ts'

const GAP_M = 0.05
const geometry = new BoxGeometry(1, 1, 1)
// Solid, unlike the translucent ghosts: in the story these racks are built.
const material = new MeshLambertMaterial({ color: '#ffffff' })
const COLOUR = new Color(GHOST_HEX)

export function StoryRacks() {
  const plan = useStory((s) => s.forecast?.plan ?? null)
  const startEpochS = useStory((s) => s.startEpochS)
  const mesh = useRef<InstancedMesh>(null)
  // Sorted by the day they go in, so the racks in service at a time are a prefix: mesh.count is all it takes.
  const deployed = useMemo(
    () =>
      plan
        ? [...plan.planned, ...plan.units.map((u) => ({ ...u, untilDate: null }))].sort(
            (a, b) => a.fromEpochS - b.fromEpochS,
          )
        : [],
    [plan],
  )

  useFrame(() => {
    const m = mesh.current
    if (!m) return
    if (m.userData.placed !== deployed) {
      placeInstances(
        m,
        deployed.map((r) => instanceTransform(r, GAP_M)),
        COLOUR,
      )
      m.userData.placed = deployed
    }
    const nowEpochS = startEpochS + storyClock.atS
    let shown = 0
    while (shown < deployed.length && deployed[shown].fromEpochS <= nowEpochS) shown++
    m.count = shown
  })

  if (deployed.length === 0) return null
  return (
    <instancedMesh
      key={deployed.length}
      ref={mesh}
      args={[geometry, material, deployed.length]}
      raycast={() => null}
      name="story-racks"
    />
  )
}

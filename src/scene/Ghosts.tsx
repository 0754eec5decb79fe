// Planned racks as ghosts: translucent boxes with outlines where the growth section (and applied recommendations)
// will put racks and cooling units, a label per row (or unit) and date, and a cross on the lid of every rack a
// decommission takes out.
import { useEffect, useMemo, useRef } from 'react'
import { useThree } from '@react-three/fiber'
import { BoxGeometry, Color, MeshBasicMaterial } from 'three'
import type { Group, InstancedMesh } from 'three'
import type { RackPlan } from '../../sim/forecast/plan/index.ts'
import type { FloorBox, SceneLayout } from '../../sim/index.ts'
import { useForecastRun } from '../state/forecastRun.ts'
import { planFor, refreshRackPlan, useRackPlan } from '../state/rackPlan.ts'
import { lidCrossSegments, outlineSegments, placeLabels, type LabelSpot } from './ghosts.ts'
import { placeInstances } from './instances.ts'
import { instanceTransform, sceneZ } from './layout.ts'
import { GHOST_HEX, LEAVING_HEX } from './palette.ts'
import { labelWidthM, mountSprites, textSprite } from './textSprite.ts'

const GAP_M = 0.05
const UNIT_GAP_M = 0.02
const LABEL_M = 0.42
const geometry = new BoxGeometry(1, 1, 1)
const fill = new MeshBasicMaterial({ color: GHOST_HEX, transparent: true, opacity: 0.16, depthWrite: false })
const GHOST = new Color(GHOST_HEX)

/** One label per planned group and one per row and date of racks leaving. */
function labelSpots(plan: RackPlan, layout: SceneLayout): LabelSpot[] {
  const spots: LabelSpot[] = plan.groups.map((g) => ({
    text: `${g.rackIds.length === 1 ? g.rackIds[0] : `Row ${g.rowId} +${g.rackIds.length}`} from ${g.date}`,
    xM: g.xM,
    yM: g.yM,
    heightM: g.heightM,
  }))
  for (const u of plan.units)
    spots.push({ text: `${u.id} from ${u.fromDate}`, xM: u.xM, yM: u.yM, heightM: u.heightM })
  const leaving = leavingBoxes(plan, layout)
  const byKey = new Map<string, (FloorBox & { id: string; date: string })[]>()
  for (const r of leaving)
    byKey.set(`${r.date} ${r.rowId}`, [...(byKey.get(`${r.date} ${r.rowId}`) ?? []), r])
  for (const racks of byKey.values()) {
    const who = racks.length === 1 ? racks[0].id : `${racks.length} racks`
    spots.push({
      text: `${who} out ${racks[0].date}`,
      xM: racks.reduce((s, r) => s + r.xM, 0) / racks.length,
      yM: racks[0].yM,
      heightM: Math.max(...racks.map((r) => r.heightM)),
    })
  }
  return spots
}

/** Boxes of the racks that leave: today's racks from the layout, planned ones from the plan. */
function leavingBoxes(plan: RackPlan, layout: SceneLayout) {
  const today = new Map(layout.racks.map((r) => [r.id, r]))
  const out: (FloorBox & { id: string; rowId: string; date: string })[] = []
  for (const r of plan.leaving) {
    const box = today.get(r.id)
    if (box) out.push({ ...box, rowId: r.rowId, date: r.date })
  }
  for (const r of plan.planned) if (r.untilDate) out.push({ ...r, date: r.untilDate })
  return out
}

export function Ghosts({ layout }: { layout: SceneLayout }) {
  const applied = useForecastRun((s) => s.applied)
  const plan = useRackPlan((s) => planFor(s, layout))
  const invalidate = useThree((s) => s.invalidate)
  const mesh = useRef<InstancedMesh>(null)
  const labels = useRef<Group>(null)

  useEffect(() => {
    void refreshRackPlan(layout, applied)
  }, [layout, applied])

  const drawn = useMemo(() => {
    if (!plan) return null
    const leaving = leavingBoxes(plan, layout)
    return {
      outline: Float32Array.of(
        ...outlineSegments(plan.planned, GAP_M),
        ...outlineSegments(plan.units, UNIT_GAP_M),
      ),
      crosses: lidCrossSegments(leaving),
      spots: placeLabels(labelSpots(plan, layout), (t) => labelWidthM(t, LABEL_M), LABEL_M * 1.15),
    }
  }, [plan, layout])

  const count = plan ? plan.planned.length + plan.units.length : 0
  useEffect(() => {
    if (mesh.current && plan)
      placeInstances(
        mesh.current,
        [
          ...plan.planned.map((r) => instanceTransform(r, GAP_M)),
          ...plan.units.map((u) => instanceTransform(u, UNIT_GAP_M)),
        ],
        GHOST,
      )
    const group = labels.current
    if (!group || !drawn) return
    const sprites = drawn.spots.map((s) => {
      const sprite = textSprite(s.text, LABEL_M, s.text.includes(' out ') ? LEAVING_HEX : GHOST_HEX)
      sprite.position.set(s.xM, s.liftM, sceneZ(s.yM))
      sprite.name = s.text
      return sprite
    })
    const unmount = mountSprites(group, sprites)
    invalidate()
    return unmount
  }, [plan, drawn, invalidate])

  if (!plan || !drawn) return null
  return (
    <group name="ghosts">
      {count > 0 && (
        <instancedMesh key={count} ref={mesh} args={[geometry, fill, count]} raycast={() => null} />
      )}
      {count > 0 && (
        <lineSegments key={`o${drawn.outline.length}`} raycast={() => null}>
          <bufferGeometry>
            <bufferAttribute attach="attributes-position" args={[drawn.outline, 3]} />
          </bufferGeometry>
          <lineBasicMaterial color={GHOST_HEX} transparent opacity={0.9} />
        </lineSegments>
      )}
      {drawn.crosses.length > 0 && (
        <lineSegments key={`x${drawn.crosses.length}`} raycast={() => null}>
          <bufferGeometry>
            <bufferAttribute attach="attributes-position" args={[drawn.crosses, 3]} />
          </bufferGeometry>
          <lineBasicMaterial color={LEAVING_HEX} />
        </lineSegments>
      )}
      <group ref={labels} />
    </group>
  )
}

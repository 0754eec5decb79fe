// The static hall: floor, faint 0.6 m tile grid, tinted hot and cold aisles, low perimeter walls.
import { useEffect, useMemo } from 'react'
import type { SceneLayout } from '../../sim/index.ts'
import { gridSegments, sceneZ } from './layout.ts'
import { FLOOR_HEX, GRID_HEX, WALL_HEX } from './palette.ts'
import { aisleGeometry, wallGeometry } from './roomGeometry.ts'

const TILE_M = 0.6
const WALL_HEIGHT_M = 0.4
const WALL_THICKNESS_M = 0.12

export function Room({ layout }: { layout: SceneLayout }) {
  const { widthM: w, depthM: d } = layout.room
  const grid = useMemo(() => gridSegments(w, d, TILE_M, 0.002), [w, d])
  // Fainter in big halls, where hundreds of tile lines would otherwise shimmer into a moiré.
  const gridOpacity = Math.min(0.45, 8 / Math.max(w, d))
  // One geometry for all aisles and one for the walls: a draw call each (docs/performance.md#draw-calls).
  const aisles = useMemo(() => aisleGeometry(layout.aisles), [layout.aisles])
  const walls = useMemo(() => wallGeometry(w, d, WALL_HEIGHT_M, WALL_THICKNESS_M), [w, d])
  useEffect(() => () => aisles?.dispose(), [aisles])
  useEffect(() => () => walls.dispose(), [walls])

  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} position={[w / 2, 0, sceneZ(d / 2)]} receiveShadow>
        <planeGeometry args={[w, d]} />
        <meshLambertMaterial color={FLOOR_HEX} />
      </mesh>
      <lineSegments key={grid.length}>
        <bufferGeometry>
          <bufferAttribute attach="attributes-position" args={[grid, 3]} />
        </bufferGeometry>
        <lineBasicMaterial color={GRID_HEX} transparent opacity={gridOpacity} />
      </lineSegments>
      {/* Seen from above only (the camera stays over the floor), so one side: a double-sided transparent mesh
          is drawn twice. Opacity per vertex (roomGeometry.ts). */}
      {aisles && (
        <mesh geometry={aisles} raycast={() => null}>
          <meshBasicMaterial vertexColors transparent depthWrite={false} />
        </mesh>
      )}
      <mesh geometry={walls} raycast={() => null}>
        <meshLambertMaterial color={WALL_HEX} />
      </mesh>
    </group>
  )
}

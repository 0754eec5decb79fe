// The static hall: floor, faint 0.6 m tile grid, tinted hot and cold aisles, low perimeter walls.
import { useMemo } from 'react'
import { DoubleSide } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { gridSegments, sceneZ } from './layout.ts'
import { AISLE_HEX, FLOOR_HEX, GRID_HEX, WALL_HEX } from './palette.ts'

const TILE_M = 0.6
const WALL_HEIGHT_M = 0.4
const WALL_THICKNESS_M = 0.12

export function Room({ layout }: { layout: SceneLayout }) {
  const { widthM: w, depthM: d } = layout.room
  const grid = useMemo(() => gridSegments(w, d, TILE_M, 0.002), [w, d])
  // Fainter in big halls, where hundreds of tile lines would otherwise shimmer into a moiré.
  const gridOpacity = Math.min(0.45, 8 / Math.max(w, d))
  const t = WALL_THICKNESS_M
  // Walls sit just outside the room so the floor plan coordinates stay exact; [x, floor y, size x, size y].
  const walls: [number, number, number, number][] = [
    [w / 2, -t / 2, w + 2 * t, t],
    [w / 2, d + t / 2, w + 2 * t, t],
    [-t / 2, d / 2, t, d],
    [w + t / 2, d / 2, t, d],
  ]

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
      {layout.aisles.map((a) => (
        <mesh
          key={a.id}
          rotation-x={-Math.PI / 2}
          position={[a.xM + a.widthM / 2, 0.004, sceneZ(a.yM + a.depthM / 2)]}
          raycast={() => null}
        >
          <planeGeometry args={[a.widthM, a.depthM]} />
          <meshBasicMaterial
            color={AISLE_HEX[a.kind]}
            transparent
            opacity={a.kind === 'cold' ? 0.32 : 0.2}
            depthWrite={false}
            side={DoubleSide}
          />
        </mesh>
      ))}
      {walls.map(([x, fy, sx, sz], k) => (
        <mesh key={k} position={[x, WALL_HEIGHT_M / 2, sceneZ(fy)]} raycast={() => null}>
          <boxGeometry args={[sx, WALL_HEIGHT_M, sz]} />
          <meshLambertMaterial color={WALL_HEX} />
        </mesh>
      ))}
    </group>
  )
}

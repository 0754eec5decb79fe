// The 3D view: an on-demand canvas with lights, camera rig, the room, racks, cooling units, the selection and,
// with the Forecast tab open, the planned racks as ghosts.
import { Canvas } from '@react-three/fiber'
import { useUi } from '../state/store.ts'
import { CameraRig } from './CameraRig.tsx'
import { CoolingUnits } from './CoolingUnits.tsx'
import { HallLabels } from './labels/HallLabels.tsx'
import { RowLabels } from './labels/RowLabels.tsx'
import { Tooltip } from './Tooltip.tsx'
import { ViewPresets } from '../ui/ViewPresets.tsx'
import { EditLayer } from './edit/EditLayer.tsx'
import { Ghosts } from './Ghosts.tsx'
import { CAMERA_FOV_DEG } from './framing.ts'
import { Racks } from './Racks.tsx'
import { Room } from './Room.tsx'
import { BACKGROUND_HEX } from './palette.ts'
import { SelectionBox } from './SelectionBox.tsx'
import { StateMarks } from './marks/StateMarks.tsx'
import { useStory } from '../state/story.ts'
import { StoryRacks } from '../ui/story/StoryRacks.tsx'

export function Viewport() {
  const layout = useUi((s) => s.layout)
  // Planned racks are a forecast's subject: drawn while the Forecast tab is open.
  const ghosts = useUi((s) => s.sideTab === 'forecast')
  // A forecast story builds the planned racks as its clock reaches them, in place of the ghosts (docs/story.md).
  const story = useStory((s) => s.open && s.forecast !== null)
  return (
    <>
      <Canvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        camera={{ fov: CAMERA_FOV_DEG, near: 0.1, far: 400, position: [10, 12, 20] }}
        gl={{ antialias: true }}
      >
        <color attach="background" args={[BACKGROUND_HEX]} />
        <hemisphereLight args={['#dbe7ff', '#2a2f3a', 2.2]} />
        <directionalLight position={[-6, 14, 10]} intensity={1.4} />
        {layout && (
          <>
            <CameraRig layout={layout} />
            <Room layout={layout} />
            <Racks layout={layout} />
            <CoolingUnits layout={layout} />
            <StateMarks layout={layout} />
            <SelectionBox layout={layout} />
            <HallLabels layout={layout} />
            <RowLabels layout={layout} />
            <EditLayer />
            {ghosts && !story && <Ghosts layout={layout} />}
            {story && <StoryRacks />}
          </>
        )}
      </Canvas>
      <Tooltip />
      <ViewPresets />
    </>
  )
}

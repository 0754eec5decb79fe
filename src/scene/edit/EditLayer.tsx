// Everything editing adds inside the canvas: the pointer handling while "Edit hall" is on, and the drag's ghost.
import { DragGhost } from './DragGhost.tsx'
import { EditControls } from './EditControls.tsx'
import { useEditMode } from './editMode.ts'
// Loaded with the canvas: from then on the selection follows its rack or unit through every change of the hall.
import './followSelection.ts'

export function EditLayer() {
  const on = useEditMode((s) => s.on)
  return (
    <>
      {on && <EditControls />}
      <DragGhost />
    </>
  )
}

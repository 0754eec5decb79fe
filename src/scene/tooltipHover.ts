// Pointer handlers for the racks' and units' instanced meshes: the pointer cursor over anything pickable and the
// hover tooltip for the instance under it. The canvas has no other cursor states.
import type { ThreeEvent } from '@react-three/fiber'
import { useEditMode } from './edit/editMode.ts'
import { hideTooltip, showTooltip } from './Tooltip.tsx'
import type { HoverTarget } from './tooltipText.ts'

function hoverHandlers(kind: HoverTarget['kind']) {
  const show = (e: ThreeEvent<PointerEvent>) => {
    // Only the nearest mesh under the pointer answers: a rack behind a unit does not take the tooltip.
    e.stopPropagation()
    if (e.instanceId === undefined) return
    document.body.style.cursor = 'pointer'
    // While a rack or unit is dragged the card would name whatever passes under the pointer: the ghost says enough.
    if (useEditMode.getState().ghost) return hideTooltip()
    showTooltip({ kind, index: e.instanceId }, e.nativeEvent.clientX, e.nativeEvent.clientY)
  }
  return {
    onPointerOver: show,
    onPointerMove: show,
    onPointerOut: () => {
      document.body.style.cursor = ''
      hideTooltip()
    },
  }
}

export const rackHover = hoverHandlers('rack')
export const unitHover = hoverHandlers('unit')

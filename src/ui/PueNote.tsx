// A note beside PUE when racks are off: a tripped or unpowered rack's IT load is gone, and the cooling it needed
// with it, so PUE can fall while the hall is worse off. The note says so instead of letting a better number read as
// good news (docs/feel.md#pue-when-racks-are-off).
import type { SceneLayout } from '../../sim/index.ts'
import { rackConditionOf } from '../scene/marks/rackState.ts'
import { useLiveText } from './useLiveText.ts'

/** How many racks are tripped on inlet temperature or without power in this frame. */
export function racksOff(frame: Float64Array, layout: SceneLayout): number {
  let off = 0
  for (let i = 0; i < layout.racks.length; i++) if (rackConditionOf(layout, frame, i) !== 'running') off++
  return off
}

const readNote = (frame: Float64Array, layout: SceneLayout) => {
  const off = racksOff(frame, layout)
  return off === 0 ? '' : `${off} rack${off === 1 ? '' : 's'} off`
}

export function PueNote() {
  const ref = useLiveText(readNote)
  return (
    <span
      className="pue-note"
      data-testid="pue-note"
      ref={ref}
      title="Racks tripped or without power draw nothing: PUE can fall while less work is done. Compare IT load."
    />
  )
}

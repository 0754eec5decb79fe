// The legend's row for the hall's state marks, drawn with the very icons of the 3D marks (their atlas as a CSS
// sprite), and the colour of a rack that is off.
import { useMemo } from 'react'
import { drawMarkAtlas, iconIndex, MARK_ICONS } from '../scene/marks/markAtlas.ts'
import type { MarkIcon } from '../scene/marks/markAtlas.ts'
import { RACK_OFF_HEX } from '../scene/palette.ts'

const LABELS: Record<MarkIcon, string> = {
  tripped: 'Tripped',
  unpowered: 'No power',
  unitFailed: 'Unit failed',
}
const ICON_PX = 12

export function MarkKey() {
  const sprite = useMemo(() => drawMarkAtlas().toDataURL(), [])
  return (
    <div className="legend-swatches" style={{ marginTop: 4 }} data-testid="legend-marks">
      <span className="swatch">
        <i style={{ background: RACK_OFF_HEX, outline: '1px solid #3a475e' }} />
        Rack off
      </span>
      {MARK_ICONS.map((icon) => (
        <span className="swatch" key={icon}>
          <i
            style={{
              backgroundImage: `url(${sprite})`,
              backgroundSize: `${ICON_PX * MARK_ICONS.length}px ${ICON_PX}px`,
              backgroundPosition: `-${iconIndex(icon) * ICON_PX}px 0`,
              width: ICON_PX,
              height: ICON_PX,
            }}
          />
          {LABELS[icon]}
        </span>
      ))}
    </div>
  )
}

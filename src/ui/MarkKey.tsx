// The legend's row for the hall's state marks, drawn with the very icons of the 3D marks (their atlas as a CSS
// sprite), and the colour of a rack that is off.
import { useEffect, useRef } from 'react'
import { drawMarkAtlas, iconIndex, MARK_ICONS } from '../scene/marks/markAtlas.ts'
import type { MarkIcon } from '../scene/marks/markAtlas.ts'
import { RACK_OFF_HEX } from '../scene/palette.ts'

const LABELS: Record<MarkIcon, string> = {
  tripped: 'Tripped',
  unpowered: 'No power',
  unitFailed: 'Unit failed',
}
const ICON_PX = 12

// Drawn onto a canvas rather than used as a data: URL, which the page's CSP (img-src 'self') refuses.
function MarkIconCanvas({ icon }: { icon: MarkIcon }) {
  const ref = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    const canvas = ref.current
    const context = canvas?.getContext('2d')
    if (!canvas || !context) return
    const atlas = drawMarkAtlas()
    const cellPx = atlas.height
    context.clearRect(0, 0, canvas.width, canvas.height)
    context.drawImage(atlas, iconIndex(icon) * cellPx, 0, cellPx, cellPx, 0, 0, canvas.width, canvas.height)
  }, [icon])
  return (
    <canvas ref={ref} width={ICON_PX * 2} height={ICON_PX * 2} style={{ width: ICON_PX, height: ICON_PX }} />
  )
}

export function MarkKey() {
  return (
    <div className="legend-swatches legend-marks" data-testid="legend-marks">
      <span className="swatch">
        <i style={{ background: RACK_OFF_HEX, outline: '1px solid #3a475e' }} />
        Rack off
      </span>
      {MARK_ICONS.map((icon) => (
        <span className="swatch" key={icon}>
          <MarkIconCanvas icon={icon} />
          {LABELS[icon]}
        </span>
      ))}
    </div>
  )
}

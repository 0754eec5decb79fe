// One DOM tooltip over the hall for the rack or unit under the pointer, moved and filled through a module-level
// element (never React state: it follows every pointer move) and refreshed while shown as new snapshots land.
import { useEffect, useRef } from 'react'
import { live } from '../bridge/live.ts'
import { useUi } from '../state/store.ts'
import { tooltipText } from './tooltipText.ts'
import type { HoverTarget } from './tooltipText.ts'
import './tooltip.css'

// The pointer's offset to the tooltip's corner, px: clear of the cursor arrow.
const OFFSET_PX = 14
// Numbers change with the run while the pointer rests: four refreshes a second read as live without churn.
const REFRESH_MS = 250

let box: HTMLDivElement | null = null
let target: HoverTarget | null = null
let timer: ReturnType<typeof setInterval> | undefined

function fill() {
  const layout = useUi.getState().layout
  if (!box || !target || !layout) return
  const count = target.kind === 'rack' ? layout.racks.length : layout.units.length
  if (target.index >= count) return hideTooltip()
  const text = tooltipText(layout, live.layout === layout ? live.frame : null, target)
  const title = document.createElement('b')
  title.textContent = text.title
  const rows = text.rows.flatMap(([label, value]) => {
    const [dt, dd] = [document.createElement('dt'), document.createElement('dd')]
    dt.textContent = label
    dd.textContent = value
    return [dt, dd]
  })
  const list = document.createElement('dl')
  list.append(...rows)
  box.replaceChildren(title, list)
}

/** Shows the tooltip for `hovered` beside the pointer at (clientX, clientY). */
export function showTooltip(hovered: HoverTarget, clientX: number, clientY: number): void {
  if (!box) return
  const changed = target?.kind !== hovered.kind || target.index !== hovered.index
  target = hovered
  if (changed || box.hidden) fill()
  box.hidden = false
  timer ??= setInterval(fill, REFRESH_MS)
  // Placed inside the hall's box, flipped to the pointer's other side near the right or bottom edge.
  const area = box.offsetParent?.getBoundingClientRect()
  if (!area) return
  let x = clientX - area.left + OFFSET_PX
  let y = clientY - area.top + OFFSET_PX
  if (x + box.offsetWidth > area.width) x -= box.offsetWidth + 2 * OFFSET_PX
  if (y + box.offsetHeight > area.height) y -= box.offsetHeight + 2 * OFFSET_PX
  box.style.transform = `translate(${Math.max(x, 0)}px, ${Math.max(y, 0)}px)`
}

export function hideTooltip(): void {
  target = null
  clearInterval(timer)
  timer = undefined
  if (box) box.hidden = true
}

export function Tooltip() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    box = ref.current
    return () => {
      hideTooltip()
      box = null
    }
  }, [])
  return <div className="hall-tooltip" data-testid="hall-tooltip" role="tooltip" ref={ref} hidden />
}

// The state marks' icons, drawn once on one canvas side by side (one texture, one draw call for every mark):
// a trip (amber triangle, "!"), no power (a struck-through bolt), a failed cooling unit (red X).
import { MARK_NO_POWER_HEX, MARK_TRIP_HEX, MARK_UNIT_FAILED_HEX } from '../palette.ts'

/** Icon order in the atlas; a mark's icon attribute is its index here. */
export const MARK_ICONS = ['tripped', 'unpowered', 'unitFailed'] as const
export type MarkIcon = (typeof MARK_ICONS)[number]
export const iconIndex = (icon: MarkIcon): number => MARK_ICONS.indexOf(icon)

const CELL_PX = 64
const OUTLINE = 'rgba(8, 11, 18, 0.95)'

type Draw = (ctx: CanvasRenderingContext2D) => void

const trip: Draw = (ctx) => {
  ctx.beginPath()
  ctx.moveTo(32, 5)
  ctx.lineTo(60, 57)
  ctx.lineTo(4, 57)
  ctx.closePath()
  ctx.fillStyle = MARK_TRIP_HEX
  ctx.lineWidth = 5
  ctx.strokeStyle = OUTLINE
  ctx.stroke()
  ctx.fill()
  ctx.fillStyle = OUTLINE
  ctx.fillRect(28.5, 22, 7, 20)
  ctx.fillRect(28.5, 46, 7, 6)
}

const noPower: Draw = (ctx) => {
  ctx.beginPath()
  ctx.arc(32, 32, 28, 0, 2 * Math.PI)
  ctx.fillStyle = OUTLINE
  ctx.fill()
  ctx.beginPath()
  for (const [x, y] of [
    [36, 8],
    [18, 36],
    [30, 36],
    [26, 56],
    [46, 26],
    [34, 26],
  ])
    ctx.lineTo(x, y)
  ctx.closePath()
  ctx.fillStyle = MARK_NO_POWER_HEX
  ctx.fill()
  ctx.beginPath()
  ctx.moveTo(12, 12)
  ctx.lineTo(52, 52)
  ctx.lineWidth = 6
  ctx.strokeStyle = MARK_UNIT_FAILED_HEX
  ctx.stroke()
}

const unitFailed: Draw = (ctx) => {
  ctx.lineCap = 'round'
  for (const [width, colour] of [
    [16, OUTLINE],
    [9, MARK_UNIT_FAILED_HEX],
  ] as const) {
    ctx.beginPath()
    ctx.moveTo(12, 12)
    ctx.lineTo(52, 52)
    ctx.moveTo(52, 12)
    ctx.lineTo(12, 52)
    ctx.lineWidth = width
    ctx.strokeStyle = colour
    ctx.stroke()
  }
}

const DRAW: Record<MarkIcon, Draw> = { tripped: trip, unpowered: noPower, unitFailed }

/** A canvas CELL_PX high with every icon in MARK_ICONS order, each in its own square cell. */
export function drawMarkAtlas(): HTMLCanvasElement {
  const canvas = document.createElement('canvas')
  canvas.width = CELL_PX * MARK_ICONS.length
  canvas.height = CELL_PX
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas context for the state marks')
  MARK_ICONS.forEach((icon, k) => {
    ctx.save()
    ctx.translate(k * CELL_PX, 0)
    DRAW[icon](ctx)
    ctx.restore()
  })
  return canvas
}

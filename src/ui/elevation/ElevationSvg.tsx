// The rack drawn NetBox style: U numbers up the left from U1 at the bottom, each server a box over its U span
// with its model, power now and the rack's inlet now, free units as faint slots to click (docs/hall.md#rack-elevation).
import { useMemo } from 'react'
import type { KeyboardEvent } from 'react'
import type { ServerPowerModel } from '../../../sim/model/serverPower.ts'
import { useLiveText } from '../useLiveText.ts'
import { elevationSlots } from './geometry.ts'
import type { ServerSpan } from './geometry.ts'
import { rackValueReader, serverPowerReader } from './liveReaders.ts'
import { shortModelName } from './rackElevation.ts'
import type { RackElevation } from './rackElevation.ts'

/** Height of one rack unit on screen, px: room for 11 px text with a pixel of air above and below. */
export const U_PX = 18
const WIDTH = 420
const LABEL_W = 30
const BOX_X = LABEL_W + 4
const BOX_W = WIDTH - BOX_X - 2
const PAD = 4

/** The units an add would fill, drawn over the slots: accent when they fit, red when refused. */
export interface AddPreview {
  uBottom: number
  uTop: number
  fits: boolean
}

interface Props {
  elevation: RackElevation
  powers: readonly ServerPowerModel[]
  preview: AddPreview | null
  busy: boolean
  onPickU: (u: number) => void
  onRemove: (uPosition: number) => void
}

const onEnter = (act: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault()
    act()
  }
}

export function ElevationSvg({ elevation, powers, preview, busy, onPickU, onRemove }: Props) {
  const { uHeight, spans, rackId } = elevation
  const slots = useMemo(() => elevationSlots(uHeight, spans), [uHeight, spans])
  const y = (u: number) => PAD + (uHeight - u) * U_PX // top edge of unit u
  const height = uHeight * U_PX + 2 * PAD
  return (
    <svg
      className="elevation-svg"
      width={WIDTH}
      height={height}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`Rack ${rackId}, ${uHeight} U`}
      data-testid="elevation-svg"
    >
      {Array.from({ length: uHeight }, (_, k) => k + 1).map((u) => (
        <text
          key={u}
          className="elevation-u"
          x={LABEL_W - 4}
          y={y(u) + U_PX / 2}
          dominantBaseline="central"
          textAnchor="end"
        >
          {u}
        </text>
      ))}
      {slots.map((slot) =>
        slot.kind === 'empty' ? (
          <rect
            key={`e${slot.u}`}
            className="elevation-free"
            x={BOX_X}
            y={y(slot.u) + 1}
            width={BOX_W}
            height={U_PX - 2}
            role="button"
            tabIndex={busy ? -1 : 0}
            aria-label={`U${slot.u} free: add servers from here`}
            data-testid={`elevation-free-U${slot.u}`}
            onClick={() => onPickU(slot.u)}
            onKeyDown={onEnter(() => onPickU(slot.u))}
          >
            <title>{`U${slot.u} free: click to add servers from here`}</title>
          </rect>
        ) : (
          <ServerBox
            key={`s${slot.span.uBottom}`}
            elevation={elevation}
            span={slot.span}
            power={powers[slot.span.modelIndex]}
            top={y(slot.span.uTop)}
            busy={busy}
            onRemove={onRemove}
          />
        ),
      )}
      {preview && (
        <rect
          className={preview.fits ? 'elevation-preview' : 'elevation-preview refused'}
          x={BOX_X - 1}
          y={y(Math.min(preview.uTop, uHeight))}
          width={BOX_W + 2}
          height={(Math.min(preview.uTop, uHeight) - preview.uBottom + 1) * U_PX}
          pointerEvents="none"
          data-testid="elevation-preview"
        />
      )}
    </svg>
  )
}

function ServerBox(props: {
  elevation: RackElevation
  span: ServerSpan
  power: ServerPowerModel
  top: number
  busy: boolean
  onRemove: (uPosition: number) => void
}) {
  const { elevation, span, power, top, busy, onRemove } = props
  const model = elevation.models[span.modelIndex]
  const readPower = useMemo(() => serverPowerReader(elevation.rackId, power), [elevation.rackId, power])
  const readInlet = useMemo(() => rackValueReader(elevation.rackId, 'rackInletC', 1, 1), [elevation.rackId])
  const powerRef = useLiveText<SVGTSpanElement>(readPower)
  const inletRef = useLiveText<SVGTSpanElement>(readInlet)
  const units = span.uTop - span.uBottom + 1
  const mid = top + (units * U_PX) / 2
  const where = units === 1 ? `U${span.uBottom}` : `U${span.uBottom}–U${span.uTop}`
  const remove = () => onRemove(span.uBottom)
  return (
    <g className="elevation-server" data-testid={`elevation-server-U${span.uBottom}`} data-model={model.id}>
      <title>{`${model.name ?? model.id}, ${where}`}</title>
      <rect x={BOX_X} y={top + 1} width={BOX_W} height={units * U_PX - 2} rx={2} />
      <text x={BOX_X + 6} y={mid} dominantBaseline="central" className="elevation-model">
        {shortModelName(model)}
        {units > 1 && <tspan className="elevation-span"> {units} U</tspan>}
      </text>
      <text
        x={BOX_X + BOX_W - 24}
        y={mid}
        dominantBaseline="central"
        textAnchor="end"
        className="elevation-live"
      >
        <tspan ref={powerRef} data-testid={`elevation-power-U${span.uBottom}`}>
          —
        </tspan>
        <tspan className="elevation-sep"> · </tspan>
        <tspan ref={inletRef}>—</tspan>
        <tspan> °C</tspan>
      </text>
      <g
        className="elevation-remove"
        role="button"
        tabIndex={busy ? -1 : 0}
        aria-label={`Remove ${shortModelName(model)} at ${where}`}
        data-testid={`elevation-remove-U${span.uBottom}`}
        onClick={remove}
        onKeyDown={onEnter(remove)}
      >
        <rect x={BOX_X + BOX_W - 19} y={top + 2} width={18} height={units * U_PX - 4} rx={2} />
        <text x={BOX_X + BOX_W - 10} y={mid} dominantBaseline="central" textAnchor="middle">
          ×
        </text>
      </g>
    </g>
  )
}

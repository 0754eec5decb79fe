// The Power tab's one-line diagram: utility → UPS systems → PDUs → A/B feeds → racks per row, every asset with
// its load and % of its rating, coloured by load (the power mode's scale), failed ones crossed out; refreshed
// twice a second from the snapshot (docs/views.md#the-one-line-diagram).
import { useMemo } from 'react'
import { HEADER } from '../../../sim/index.ts'
import type { SceneLayout } from '../../../sim/index.ts'
import { MARK_UNIT_FAILED_HEX, RACK_OFF_HEX } from '../../scene/palette.ts'
import { loadColour, loadText } from './loadText.ts'
import { DIAGRAM_W, oneLineOf } from './oneLineModel.ts'
import type { Box, FeedGroup } from './oneLineModel.ts'
import { Strip } from './Strip.tsx'
import { useLiveCopy } from './useLiveCopy.ts'
import './oneline.css'

type State = 'up' | 'failed' | 'unfed'
const STATE_NOTE: Record<State, string> = { up: '', failed: '✕ failed', unfed: 'no supply' }

function AssetBox(props: {
  box: Box
  name: string
  loadW: number
  ratedKw?: number
  state: State
  testId: string
}) {
  const { box, state } = props
  const down = state !== 'up'
  const share = props.ratedKw ? props.loadW / (props.ratedKw * 1000) : 0
  return (
    <g data-testid={props.testId} data-state={state} data-load-w={props.loadW.toFixed(0)}>
      <rect
        x={box.x}
        y={box.y}
        width={box.w}
        height={box.h}
        rx={4}
        fill={down ? RACK_OFF_HEX : props.ratedKw ? loadColour(share) : '#334155'}
        fillOpacity={down ? 1 : 0.35}
        stroke={down ? MARK_UNIT_FAILED_HEX : '#64748b'}
        strokeWidth={down ? 1.5 : 1}
      />
      <text x={box.x + 5} y={box.y + 14} className="ol-name">
        {props.name}
      </text>
      <text x={box.x + 5} y={box.y + box.h - 7} className={down ? 'ol-down' : 'ol-load'}>
        {down ? STATE_NOTE[state] : loadText(props.loadW, props.ratedKw)}
      </text>
    </g>
  )
}

/** The A link (solid) and B link (dashed) from a feed's PDUs down to its racks. */
function FeedLinks({ g, boxes }: { g: FeedGroup; boxes: [Box, string][] }) {
  return (
    <>
      {boxes.map(([b, side]) => {
        const x = b.x + b.w / 2
        return (
          <g key={side}>
            <line x1={x} y1={b.y + b.h} x2={x} y2={g.stripsY - 1} className={`ol-link ol-${side}`} />
            <text x={x + 3} y={g.stripsY - 5} className="ol-side">
              {side.toUpperCase()}
            </text>
          </g>
        )
      })}
    </>
  )
}

/** `active`: the tab is shown; a hidden diagram stops sampling. */
export function OneLineDiagram({ layout, active }: { layout: SceneLayout; active: boolean }) {
  const model = useMemo(() => oneLineOf(layout), [layout])
  const copy = useLiveCopy(500, active)
  if (!model) return null
  const frame = copy?.layout === layout ? copy.frame : new Float64Array(layout.snapshot.length)
  const snap = layout.snapshot
  const { ups, pdus } = layout.power
  const upsState = (u: number): State => (frame[snap.upsLive + u] === 1 ? 'up' : 'failed')
  const pduState = (p: number): State => {
    if (frame[snap.pduEnergised + p] === 1) return 'up'
    const u = ups.findIndex((x) => x.id === pdus[p].upsId)
    return u >= 0 && upsState(u) === 'failed' ? 'unfed' : 'failed'
  }
  const utilityW = ups.reduce((w, _, u) => w + frame[snap.upsOutputW + u], 0) + frame[HEADER.upsLossW]
  return (
    <svg
      className="oneline"
      viewBox={`0 0 ${DIAGRAM_W} ${model.height}`}
      role="img"
      aria-label="One-line diagram: utility, UPS systems, PDUs, feeds and racks with their loads"
      data-testid="oneline"
    >
      {ups.map((u, k) => {
        const box = model.ups[k]
        const cx = box.x + box.w / 2
        const top = model.utility.y + model.utility.h
        return (
          <g key={u.id}>
            <line x1={cx} y1={top} x2={cx} y2={box.y} className="ol-link" />
            <path
              d={`M ${cx} ${box.y + box.h} V ${box.y + box.h + 8} H ${model.busX[k]} V ${model.busEndY[k]}`}
              className="ol-link"
              fill="none"
            />
          </g>
        )
      })}
      {model.groups.map((g) =>
        [g.pduA, g.pduB].map((p, k) => {
          const box = k === 0 ? g.boxA : g.boxB
          if (p < 0 || !box) return null
          const bus = model.busX[ups.findIndex((u) => u.id === pdus[p].upsId)]
          const edge = bus < box.x ? box.x : box.x + box.w
          return (
            <line
              key={pdus[p].id}
              x1={bus}
              y1={box.y + box.h / 2}
              x2={edge}
              y2={box.y + box.h / 2}
              className="ol-link"
            />
          )
        }),
      )}
      <AssetBox box={model.utility} name="Utility" loadW={utilityW} state="up" testId="oneline-utility" />
      {ups.map((u, k) => (
        <AssetBox
          key={u.id}
          box={model.ups[k]}
          name={`${u.id} · UPS ${u.redundancy}`}
          loadW={frame[snap.upsOutputW + k]}
          ratedKw={u.capacityKw}
          state={upsState(k)}
          testId={`oneline-ups-${u.id}`}
        />
      ))}
      {model.groups.map((g) => (
        <g key={`${g.pduA} ${g.pduB}`}>
          <FeedLinks g={g} boxes={[[g.boxA, 'a'], ...(g.boxB ? [[g.boxB, 'b'] as [Box, string]] : [])]} />
          {[g.pduA, g.pduB].map((p, k) => {
            const box = k === 0 ? g.boxA : g.boxB
            if (p < 0 || !box) return null
            return (
              <AssetBox
                key={p}
                box={box}
                name={pdus[p].id}
                loadW={frame[snap.pduOutputW + p]}
                ratedKw={pdus[p].capacityKw}
                state={pduState(p)}
                testId={`oneline-pdu-${pdus[p].id}`}
              />
            )
          })}
          {g.rows.map((s) => (
            <Strip key={s.rowId} s={s} layout={layout} frame={frame} />
          ))}
        </g>
      ))}
    </svg>
  )
}

// The floor plan of the reference hall (A), north up, each rack filled by Δ inlet B − A at the chosen time on the
// same diverging scale the 3D 'compare' colours use; a slider picks the time. docs/compare.md#floor-map
import { Color } from 'three'
import { COMPARE_STOPS, gradientCss, rampColor } from '../../scene/colormap.ts'
import { deltaAt } from '../../state/compareResult.ts'
import type { RackMatch, Sides } from '../../state/compareResult.ts'
import type { MapRack } from '../../../workers/protocol.ts'
import { fixed, formatDuration } from '../format.ts'

const scratch = new Color()
const fillOf = (deltaK: number) => `#${rampColor(COMPARE_STOPS, deltaK, scratch).getHexString()}`
const [LOW_K, HIGH_K] = [COMPARE_STOPS[0].at, COMPARE_STOPS[COMPARE_STOPS.length - 1].at]

/** A rack's footprint as drawn from above: widthM runs along its row, so a rack facing ±x is turned. */
function footprint(r: MapRack, depthM: number) {
  const turned = r.facing === '+x' || r.facing === '-x'
  const [w, h] = turned ? [r.depthM, r.widthM] : [r.widthM, r.depthM]
  return { x: r.xM - w / 2, y: depthM - r.yM - h / 2, w, h }
}

const signed = (k: number) => `${k > 0 ? '+' : k < 0 ? '−' : '±'}${fixed(Math.abs(k), 1)} K`

export function DeltaMap(props: {
  sides: Sides
  match: RackMatch
  sampleK: number
  onSample: (k: number) => void
}) {
  const { sides, match, sampleK } = props
  const { room } = sides.ref
  const samples = Math.min(sides.ref.series.timeS.length, sides.other.series.timeS.length)
  const deltas = deltaAt(sides, match, sampleK)
  const byIndex = new Map(match.matched.map((m, k) => [m.indexRef, deltas[k]]))
  const elapsedS = sides.ref.series.timeS[sampleK] - sides.ref.fromS
  const margin = 0.3
  const differ = match.onlyRef + match.onlyOther > 0
  return (
    <figure className="compare-map" data-testid="compare-map">
      <figcaption>
        <strong>Δ inlet per rack, B − A</strong>{' '}
        <span className="muted">
          at <span data-testid="compare-map-at">+{formatDuration(elapsedS)}</span>, plan of A, north up
        </span>
      </figcaption>
      {differ ? (
        <p className="compare-warn" data-testid="compare-racks-differ">
          Racks differ: the map shows the {match.matched.length} racks both have ({match.onlyRef} only in A,{' '}
          {match.onlyOther} only in B)
        </p>
      ) : null}
      <svg
        viewBox={`${-margin} ${-margin} ${room.widthM + 2 * margin} ${room.depthM + 2 * margin}`}
        role="img"
        aria-label={`Floor plan: inlet difference B minus A for ${match.matched.length} racks`}
      >
        <rect className="room" x={0} y={0} width={room.widthM} height={room.depthM} />
        {sides.ref.units.map((u) => {
          const f = footprint(u, room.depthM)
          return (
            <g key={u.id} className="unit">
              <rect x={f.x} y={f.y} width={f.w} height={f.h}>
                <title>{`cooling unit ${u.id}`}</title>
              </rect>
              <text x={u.xM} y={room.depthM - u.yM} dominantBaseline="central" textAnchor="middle">
                {u.id}
              </text>
            </g>
          )
        })}
        {sides.ref.racks.map((r, i) => {
          const d = byIndex.get(i) ?? NaN
          const f = footprint(r, room.depthM)
          return (
            <rect
              key={r.id}
              className="rack"
              data-testid="compare-map-rack"
              data-id={r.id}
              data-delta={Number.isNaN(d) ? '' : String(d)}
              x={f.x}
              y={f.y}
              width={f.w}
              height={f.h}
              fill={fillOf(d)}
            >
              <title>{`${r.id}: ${Number.isNaN(d) ? 'not in B' : signed(d)}`}</title>
            </rect>
          )
        })}
      </svg>
      <div className="compare-scale">
        <span>{LOW_K} K cooler</span>
        <i style={{ background: gradientCss(COMPARE_STOPS) }} />
        <span>+{HIGH_K} K warmer</span>
        <span className="muted">grey: not in both</span>
      </div>
      <label className="compare-time">
        <span>Time</span>
        <input
          type="range"
          min={0}
          max={samples - 1}
          step={1}
          value={sampleK}
          aria-label="Time shown on the map"
          data-testid="compare-map-time"
          onChange={(e) => props.onSample(Number(e.target.value))}
        />
      </label>
    </figure>
  )
}

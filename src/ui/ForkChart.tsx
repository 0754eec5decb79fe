// The hottest inlet over the what-if's horizon, baseline and fork, with the 27/32/35 °C limits behind them.
// Plain SVG polylines, not uPlot: two fixed series of at most ~200 points drawn once per result need no
// zoom, cursor or canvas redraws, so a dependency would buy nothing here.
import { FAILURE_LIMITS_C } from '../../sim/index.ts'
import type { Forecast } from '../../workers/protocol.ts'
import { formatShortTime, formatSpan } from './format.ts'

const [W, H] = [288, 132]
const PAD = { left: 30, right: 6, top: 8, bottom: 18 }

function points(
  timeS: Float64Array,
  valueC: Float64Array,
  x: (t: number) => number,
  y: (c: number) => number,
) {
  return Array.from(timeS, (t, k) => `${x(t).toFixed(1)},${y(valueC[k]).toFixed(1)}`).join(' ')
}

export function ForkChart({ forecast }: { forecast: Forecast }) {
  const { fromS, toS, startEpochS, baseline, fork } = forecast
  const all = [...baseline.series.maxInletC, ...fork.series.maxInletC]
  // Always show 27 °C, so a cool baseline is seen against the recommended limit rather than filling the box.
  const lowC = Math.floor(Math.min(...all) - 1)
  const highC = Math.ceil(Math.max(FAILURE_LIMITS_C[0] + 0.5, ...all) + 0.5)
  const x = (t: number) => PAD.left + ((t - fromS) / (toS - fromS)) * (W - PAD.left - PAD.right)
  const y = (c: number) => PAD.top + ((highC - c) / (highC - lowC)) * (H - PAD.top - PAD.bottom)
  const limits = FAILURE_LIMITS_C.filter((c) => c > lowC && c < highC)
  return (
    <figure className="fork-chart" data-testid="fork-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label="Hottest inlet over the horizon, baseline and fork"
      >
        <rect
          x={PAD.left}
          y={PAD.top}
          width={W - PAD.left - PAD.right}
          height={H - PAD.top - PAD.bottom}
          className="frame"
        />
        {limits.map((c) => (
          <g key={c} className="limit">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(c)} y2={y(c)} />
            <text x={PAD.left - 4} y={y(c) + 3.5}>
              {c}
            </text>
          </g>
        ))}
        <text className="axis" x={PAD.left - 4} y={PAD.top + 8}>
          {highC}
        </text>
        <text className="axis" x={PAD.left - 4} y={H - PAD.bottom}>
          {lowC}
        </text>
        <polyline
          className="baseline"
          points={points(baseline.series.timeS, baseline.series.maxInletC, x, y)}
        />
        <polyline className="fork" points={points(fork.series.timeS, fork.series.maxInletC, x, y)} />
        <text className="axis start" x={PAD.left} y={H - 4}>
          {formatShortTime(startEpochS + fromS)}
        </text>
        <text className="axis end" x={W - PAD.right} y={H - 4}>
          +{formatSpan(toS - fromS)}
        </text>
      </svg>
      <figcaption>
        <span className="key baseline">Baseline</span>
        <span className="key fork">What-if</span>
        <span className="muted">hottest inlet, °C</span>
      </figcaption>
    </figure>
  )
}

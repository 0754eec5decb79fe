// A labelled sparkline: the series over the run with its lowest, highest and latest value in print (the latest is
// the run's present, even while the hall shows an earlier time). While the hall shows an earlier time, a dashed
// line marks it, as the timeline's charts do, and the print adds the value there.
import { useMemo } from 'react'
import { fixed } from '../format.ts'
import { sparkOf } from './sparkline.ts'

export const SPARK_W = 180
const H = 28

/** The time the hall shows on this line: its x in the box, the series' value there and the time in words. */
export interface SparkView {
  x: number
  row: number
  at: string
}

export function Sparkline(props: {
  label: string
  unit: string
  values: ArrayLike<number>
  /** Drawn value = stored value × scale (W → kW). */
  scale?: number
  decimals?: number
  testId: string
  view?: SparkView | null
}) {
  const { values, scale = 1, decimals = 1, view } = props
  const s = useMemo(() => sparkOf(values, SPARK_W, H, scale), [values, scale])
  const n = (v: number) => `${fixed(v, decimals)} ${props.unit}`
  const shown = view ? values[view.row] * scale : Number.NaN
  return (
    <figure className="sparkline" data-testid={props.testId}>
      <figcaption>{props.label}</figcaption>
      <svg
        viewBox={`0 -2 ${SPARK_W} ${H + 4}`}
        width={SPARK_W}
        height={H + 4}
        role="img"
        aria-label={`${props.label} over the run`}
      >
        <path d={s.d} />
        {view && (
          <line
            className="spark-view-line"
            data-testid={`${props.testId}-view`}
            data-x={view.x.toFixed(1)}
            x1={view.x}
            x2={view.x}
            y1={-2}
            y2={H + 2}
          />
        )}
      </svg>
      <small className="muted" data-testid={`${props.testId}-range`}>
        {view && Number.isFinite(shown) && (
          <span className="spark-view-value" data-testid={`${props.testId}-at-view`}>
            {n(shown)} at {view.at}
          </span>
        )}
        min {n(s.min)} · max {n(s.max)} · latest {n(s.last)}
      </small>
    </figure>
  )
}

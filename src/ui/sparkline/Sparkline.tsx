// A labelled sparkline: the series over the run with its lowest, highest and latest value in print (the latest is
// the run's present, even while the hall shows an earlier time).
import { useMemo } from 'react'
import { fixed } from '../format.ts'
import { sparkOf } from './sparkline.ts'

const [W, H] = [180, 28]

export function Sparkline(props: {
  label: string
  unit: string
  values: ArrayLike<number>
  /** Drawn value = stored value × scale (W → kW). */
  scale?: number
  decimals?: number
  testId: string
}) {
  const { values, scale = 1, decimals = 1 } = props
  const s = useMemo(() => sparkOf(values, W, H, scale), [values, scale])
  const n = (v: number) => `${fixed(v, decimals)} ${props.unit}`
  return (
    <figure className="sparkline" data-testid={props.testId}>
      <figcaption>{props.label}</figcaption>
      <svg
        viewBox={`0 -2 ${W} ${H + 4}`}
        width={W}
        height={H + 4}
        role="img"
        aria-label={`${props.label} over the run`}
      >
        <path d={s.d} />
      </svg>
      <small className="muted" data-testid={`${props.testId}-range`}>
        min {n(s.min)} · max {n(s.max)} · latest {n(s.last)}
      </small>
    </figure>
  )
}

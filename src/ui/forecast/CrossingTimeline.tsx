// When each line is first crossed: a p10–p90 bar with the p50 mark on a months axis, one row per line some
// replica crosses; a bar that runs past the horizon ends in an arrow and says so.
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import { monthText } from './kindLabels.ts'

/** Rows drawn at most; the table below lists every line. */
const ROWS = 12
const [W, ROW_H, LABEL_W, RIGHT, AXIS_H] = [560, 20, 150, 64, 22]

export function CrossingTimeline({ summary }: { summary: ForecastSummary }) {
  const { months } = summary
  const crossed = summary.resources.filter((r) => r.firstCrossing.p10 !== null)
  const shown = crossed.slice(0, ROWS)
  const never = summary.resources.length - crossed.length
  const x = (m: number) => LABEL_W + (Math.min(m, months) / months) * (W - LABEL_W - RIGHT)
  const h = shown.length * ROW_H + AXIS_H
  const step = months <= 12 ? 1 : months <= 36 ? 3 : months <= 60 ? 6 : 12
  const ticks = Array.from({ length: Math.floor(months / step) + 1 }, (_, k) => k * step)
  return (
    <figure className="crossing-timeline" data-testid="crossing-timeline">
      {shown.length > 0 && (
        <svg viewBox={`0 0 ${W} ${h}`} role="img" aria-label="First crossing per line, months">
          {ticks.map((t) => (
            <g key={t}>
              <line className="grid" x1={x(t)} x2={x(t)} y1={0} y2={h - AXIS_H} />
              <text className="tick" x={x(t)} y={h - 6} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
          {shown.map((r, i) => {
            const y = i * ROW_H + ROW_H / 2
            const { p10, p50, p90 } = r.firstCrossing
            const beyond = p90 === null
            return (
              <g key={r.id} data-testid="crossing-row" data-id={r.id}>
                <text className="label" x={LABEL_W - 6} y={y + 4} textAnchor="end">
                  {r.id.length > 24 ? `${r.id.slice(0, 23)}…` : r.id}
                  <title>{r.id}</title>
                </text>
                <rect
                  className="bar"
                  x={x(p10!)}
                  y={y - 5}
                  width={Math.max(2, x(p90 ?? months) - x(p10!))}
                  height={10}
                />
                {beyond && <path className="arrow" d={`M${x(months)},${y - 7} l7,7 l-7,7 z`} />}
                {p50 !== null && <line className="p50" x1={x(p50)} x2={x(p50)} y1={y - 8} y2={y + 8} />}
                <text className="value" x={x(months) + 10} y={y + 4}>
                  {beyond ? `p90 > ${months}` : `p50 ${monthText(p50, months)}`}
                </text>
              </g>
            )
          })}
        </svg>
      )}
      <figcaption className="muted">
        {shown.length === 0
          ? `No line is crossed within ${months} months in any replica.`
          : `Bars p10–p90, mark p50, months from the start; an arrow: p90 beyond the ${months}-month horizon.`}
        {crossed.length > ROWS && ` ${crossed.length - ROWS} more crossed lines in the table.`}
        {never > 0 && shown.length > 0 && ` ${never} lines are not crossed within the horizon.`}
      </figcaption>
    </figure>
  )
}

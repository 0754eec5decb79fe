// What breaks first: every line some replica crosses, in order of its p50 crossing month, with its p10/p90
// the share of replicas in which it is the first line crossed, and in which a sampled failure crossed it.
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import { kindLabel, monthText } from './kindLabels.ts'

const pct = (share: number) => `${(share * 100).toFixed(0)} %`

export function BreaksFirstTable({ summary }: { summary: ForecastSummary }) {
  const first = new Map(summary.breaksFirst.map((b) => [b.id, b.firstShare]))
  const rows = summary.resources.filter((r) => r.crossedShare > 0)
  const m = (v: number | null) => monthText(v, summary.months)
  if (rows.length === 0)
    return (
      <p className="muted" data-testid="breaks-first">
        Nothing is crossed within {summary.months} months.
      </p>
    )
  return (
    <div className="table-scroll">
      <table className="forecast-table" data-testid="breaks-first">
        <thead>
          <tr>
            <th>Line</th>
            <th>Asset</th>
            <th>Kind</th>
            <th className="num">p10</th>
            <th className="num">p50</th>
            <th className="num">p90</th>
            <th className="num" title="Share of replicas in which this line is crossed first">
              First
            </th>
            <th
              className="num"
              title="Share of replicas in which a sampled failure, not growth, crossed it first"
            >
              By failure
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-id={r.id}>
              <td className="id" title={`${r.id} [${r.redundancy}], limit ${r.limit.toFixed(0)} ${r.unit}`}>
                {r.id}
              </td>
              <td>{r.asset}</td>
              <td>{kindLabel(r.kind)}</td>
              <td className="num">{m(r.firstCrossing.p10)}</td>
              <td className="num">{m(r.firstCrossing.p50)}</td>
              <td className="num">{m(r.firstCrossing.p90)}</td>
              <td className="num">{pct(first.get(r.id) ?? 0)}</td>
              <td className="num">{pct(r.failureShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

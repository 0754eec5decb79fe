// The KPI table A | B | Δ over the horizon: energy, PUE, peak inlet, time above 27 °C, trips, conditions, cost.
import type { KpiFormat, KpiRow } from '../../state/compareResult.ts'
import { fixed, formatDuration } from '../format.ts'

const FORMAT: Record<KpiFormat, (v: number) => string> = {
  kwh: (v) => `${fixed(v, Math.abs(v) >= 100 ? 0 : 1)} kWh`,
  ratio: (v) => fixed(v, 3),
  celsius: (v) => `${fixed(v, 1)} °C`,
  duration: (v) => (Math.abs(v) < 0.5 ? '0' : formatDuration(Math.abs(v))),
  count: (v) => String(v),
  money: (v) => fixed(v, 2),
}

/** Δ with its sign; a duration's sign written out, since formatDuration takes none. Temperatures in K. */
function deltaText(row: KpiRow): string {
  const d = row.delta
  if (!Number.isFinite(d)) return '—'
  if (Math.abs(d) < 1e-9) return '0'
  const sign = d > 0 ? '+' : '−'
  if (row.format === 'celsius') return `${sign}${fixed(Math.abs(d), 1)} K`
  return `${sign}${FORMAT[row.format](Math.abs(d))}`
}

export function CompareTable({ rows, labels }: { rows: readonly KpiRow[]; labels: [string, string] }) {
  return (
    <table className="compare-table" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">Over the horizon</th>
          <th scope="col" title={labels[0]}>
            A
          </th>
          <th scope="col" title={labels[1]}>
            B
          </th>
          <th scope="col">Δ B − A</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            <td data-testid={`compare-${row.id}-a`} data-value={String(row.ref)}>
              {FORMAT[row.format](row.ref)}
            </td>
            <td data-testid={`compare-${row.id}-b`} data-value={String(row.other)}>
              {FORMAT[row.format](row.other)}
            </td>
            <td
              data-testid={`compare-${row.id}-delta`}
              data-value={String(row.delta)}
              className={row.delta > 1e-9 ? 'up' : row.delta < -1e-9 ? 'down' : undefined}
            >
              {deltaText(row)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

// Month by month: peak IT, facility energy, cost and emissions, each the p50 across replicas (p10–p90 in the
// tooltip). Cost and emissions need the scenario's tariff.
import type { Bands, ForecastSummary } from '../../../sim/forecast/run/index.ts'

const band = (b: Bands | null, scale: number, digits: number) =>
  b?.p50 == null ? '—' : (b.p50 * scale).toFixed(digits)
const spread = (b: Bands | null, scale: number, digits: number) =>
  b?.p10 == null || b.p90 == null
    ? undefined
    : `p10 ${(b.p10 * scale).toFixed(digits)}, p90 ${(b.p90 * scale).toFixed(digits)}`

export function MonthlyTable({ summary, currency }: { summary: ForecastSummary; currency: string | null }) {
  const priced = summary.monthly[0]?.cost !== null
  const total = (pick: (m: ForecastSummary['monthly'][number]) => Bands | null) =>
    summary.monthly.reduce((sum, m) => sum + (pick(m)?.p50 ?? 0), 0)
  return (
    <div className="table-scroll monthly">
      <table className="forecast-table" data-testid="monthly">
        <thead>
          <tr>
            <th className="num">Month</th>
            <th className="num">Peak IT kW</th>
            <th className="num">Facility MWh</th>
            {priced && <th className="num">Cost {currency ?? ''}</th>}
            {priced && <th className="num">t CO₂e</th>}
          </tr>
        </thead>
        <tbody>
          {summary.monthly.map((m) => (
            <tr key={m.month}>
              <td className="num">{m.month}</td>
              <td className="num" title={spread(m.peakItKw, 1, 1)}>
                {band(m.peakItKw, 1, 1)}
              </td>
              <td className="num" title={spread(m.facilityKwh, 1e-3, 1)}>
                {band(m.facilityKwh, 1e-3, 1)}
              </td>
              {priced && (
                <td className="num" title={spread(m.cost, 1, 0)}>
                  {band(m.cost, 1, 0)}
                </td>
              )}
              {priced && (
                <td className="num" title={spread(m.emissionsKgCo2e, 1e-3, 1)}>
                  {band(m.emissionsKgCo2e, 1e-3, 1)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th className="num" title="The sum of the monthly p50s, not the p50 of the total">
              Σ p50
            </th>
            <td />
            <td className="num">{(total((m) => m.facilityKwh) / 1000).toFixed(0)}</td>
            {priced && <td className="num">{total((m) => m.cost).toFixed(0)}</td>}
            {priced && <td className="num">{(total((m) => m.emissionsKgCo2e) / 1000).toFixed(1)}</td>}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}

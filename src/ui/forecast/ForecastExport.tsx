// Export the forecast on screen: JSON as `npm run sim -- forecast <scenario> --json` prints it, CSV a row per line.
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import { download, forecastCsv, forecastJson } from './forecastExport.ts'

export function ForecastExport({ summary, scenario }: { summary: ForecastSummary; scenario: string }) {
  const base = `forecast-${scenario}-${summary.months}m-${summary.replicas}r-seed${summary.seed}`
  return (
    <div className="forecast-export">
      <button
        type="button"
        data-testid="forecast-export-json"
        onClick={() => download(`${base}.json`, forecastJson(summary), 'application/json')}
      >
        Export JSON
      </button>
      <button
        type="button"
        data-testid="forecast-export-csv"
        onClick={() => download(`${base}.csv`, forecastCsv(summary), 'text/csv')}
      >
        Export CSV
      </button>
    </div>
  )
}

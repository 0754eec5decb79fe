// Today's breaking point: how far today's peak load can be scaled before a line breaks, with everything in
// service and under the worst single failure (N−1).
import type { ForecastSummary } from '../../../sim/forecast/run/index.ts'
import { failureLabel } from './kindLabels.ts'

type Point = ForecastSummary['breakingPoint']['allIn']

function Row({ label, point, testId }: { label: string; point: Point | null; testId: string }) {
  if (point === null)
    return (
      <tr data-testid={testId}>
        <th>{label}</th>
        <td colSpan={2} className="muted">
          the design claims no spare: no single failure to try
        </td>
      </tr>
    )
  return (
    <tr data-testid={testId} data-scale={point.scale}>
      <th>
        {label}
        {point.failure && <div className="muted">{failureLabel(point.failure)}</div>}
      </th>
      <td className="num">{point.scale.toFixed(2)}×</td>
      <td>
        {point.breaks
          ? `${point.breaks.kind}:${point.breaks.assetId} breaks at ${point.brokenAtScale!.toFixed(2)}×`
          : `nothing breaks up to ${point.scale.toFixed(2)}×`}
      </td>
    </tr>
  )
}

export function BreakingPointView({ summary }: { summary: ForecastSummary }) {
  const { allIn, worstSingleFailure } = summary.breakingPoint
  return (
    <table className="forecast-table breaking-point" data-testid="breaking-point">
      <thead>
        <tr>
          <th />
          <th className="num" title="Today's peak IT load times this still holds">
            Holds
          </th>
          <th>Then</th>
        </tr>
      </thead>
      <tbody>
        <Row label="All in service" point={allIn} testId="breaking-all-in" />
        <Row label="Worst single failure (N−1)" point={worstSingleFailure} testId="breaking-n-1" />
      </tbody>
    </table>
  )
}

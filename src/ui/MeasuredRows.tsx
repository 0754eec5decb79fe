// The inspector's measured-beside-twin rows for the selected rack or cooling unit, from the shadow status.
import { useLive } from '../state/liveSource.ts'
import { fixed } from './format.ts'
import { deviationText, metricLabel, metricUnit, metricValue } from './metricLabels.ts'

export function MeasuredRows({ kind, index }: { kind: 'rack' | 'unit'; index: number }) {
  const sensors = useLive((s) => s.shadow?.sensors)
  const mine = sensors?.filter((s) => s.kind === kind && s.index === index) ?? []
  if (mine.length === 0) return null
  return (
    <div className="measured" data-testid="inspector-measured">
      <h4>Measured vs twin</h4>
      <table className="shadow-table">
        <tbody>
          {mine.map((s) => (
            <tr
              key={s.metric}
              className={s.raised ? 'raised' : undefined}
              data-testid={`measured-${s.metric}`}
            >
              <td>{metricLabel(s.metric)}</td>
              <td className="num">
                {metricValue(s.metric, s.measured)} {metricUnit(s.metric)}
              </td>
              <td className="num">{deviationText(s.metric, s.measured, s.simulated)}</td>
              <td className="num" title="Mean absolute percentage error of this sensor">
                {fixed(s.mapePct, 1)} %
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

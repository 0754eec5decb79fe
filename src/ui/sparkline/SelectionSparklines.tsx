// The Inspector's history of the selection over the run: a rack's inlet and power; for a cooling unit, the hall's
// room air (the history keeps no per-unit column).
import { useMemo } from 'react'
import type { Selection } from '../../state/store.ts'
import { useUi } from '../../state/store.ts'
import { useTimeline } from '../../state/timeline.ts'
import { formatShortTime } from '../format.ts'
import { rackColumn, viewPoint } from './sparkline.ts'
import { SPARK_W, Sparkline } from './Sparkline.tsx'
import './sparkline.css'

export function SelectionSparklines({ selection }: { selection: Selection }) {
  const history = useTimeline((s) => s.history)
  const viewS = useTimeline((s) => s.viewS)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  const { kind, index } = selection
  // Scrubbed back: where the hall's time falls on the lines (nothing while it follows the present).
  const view = useMemo(() => {
    if (viewS === null || !history) return null
    const point = viewPoint(history.timeS, history.length, viewS, SPARK_W)
    return point && { ...point, at: formatShortTime(startEpochS + viewS) }
  }, [history, viewS, startEpochS])
  const series = useMemo(() => {
    if (!history || history.length < 2) return null
    if (kind === 'unit') return { kind, roomC: history.channels.roomAirC.subarray(0, history.length) }
    if (index >= history.rackCount) return null
    return {
      kind,
      inletC: rackColumn(history.rackInletC, history.rackCount, index, history.length),
      powerW: rackColumn(history.rackPowerW, history.rackCount, index, history.length),
    }
  }, [history, kind, index])
  if (!series) return null
  return (
    <section className="sparklines" data-testid="sparklines">
      <h4 className="sub-head">Over the run</h4>
      {series.kind === 'unit' ? (
        <Sparkline label="Room air (hall)" unit="°C" values={series.roomC} testId="spark-room" view={view} />
      ) : (
        <>
          <Sparkline label="Inlet" unit="°C" values={series.inletC} testId="spark-inlet" view={view} />
          <Sparkline
            label="Power"
            unit="kW"
            values={series.powerW}
            scale={1e-3}
            decimals={2}
            testId="spark-power"
            view={view}
          />
        </>
      )}
    </section>
  )
}

// The Inspector's history of the selection over the run: a rack's inlet and power; for a cooling unit, the hall's
// room air (the history keeps no per-unit column).
import { useMemo } from 'react'
import type { Selection } from '../../state/store.ts'
import { useTimeline } from '../../state/timeline.ts'
import { rackColumn } from './sparkline.ts'
import { Sparkline } from './Sparkline.tsx'
import './sparkline.css'

export function SelectionSparklines({ selection }: { selection: Selection }) {
  const history = useTimeline((s) => s.history)
  const { kind, index } = selection
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
        <Sparkline label="Room air (hall)" unit="°C" values={series.roomC} testId="spark-room" />
      ) : (
        <>
          <Sparkline label="Inlet" unit="°C" values={series.inletC} testId="spark-inlet" />
          <Sparkline
            label="Power"
            unit="kW"
            values={series.powerW}
            scale={1e-3}
            decimals={2}
            testId="spark-power"
          />
        </>
      )}
    </section>
  )
}

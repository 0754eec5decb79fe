// A finished comparison: which run is A and B (and a button to swap them), the KPI table, the Δ floor map, the
// overlaid charts, and "Show in 3D" colouring the hall on screen by the map's Δ.
import { useMemo } from 'react'
import { kpiRows, largestDelta, matchRacks, sidesOf } from '../../state/compareResult.ts'
import { showIn3D, useCompareView } from '../../state/compareRun.ts'
import type { Comparison } from '../../../workers/protocol.ts'
import { CompareCharts } from './CompareCharts.tsx'
import { CompareTable } from './CompareTable.tsx'
import { DeltaMap } from './DeltaMap.tsx'

export function CompareResult({ result }: { result: Comparison }) {
  const flipped = useCompareView((s) => s.flipped)
  const chosenK = useCompareView((s) => s.sampleK)
  const shown = useCompareView((s) => s.shown)
  const sides = useMemo(() => sidesOf(result, flipped), [result, flipped])
  const match = useMemo(() => matchRacks(sides.ref.racks, sides.other.racks), [sides])
  const rows = useMemo(() => kpiRows(sides), [sides])
  const largestK = useMemo(() => largestDelta(sides, match).k, [sides, match])
  const sampleK = chosenK ?? largestK
  return (
    <div className="compare-result" data-testid="compare-result">
      <div className="compare-sides">
        <p>
          <b className="side a">A</b> <span data-testid="compare-label-a">{sides.ref.label}</span>
          <br />
          <b className="side b">B</b> <span data-testid="compare-label-b">{sides.other.label}</span>
        </p>
        <button
          type="button"
          data-testid="compare-flip"
          aria-pressed={flipped}
          title="Swap A and B: the other run becomes the reference"
          onClick={() => useCompareView.setState({ flipped: !flipped, shown: null })}
        >
          ⇅ Swap A / B
        </button>
        <button
          type="button"
          className="primary"
          data-testid="compare-show-3d"
          disabled={match.matched.length === 0}
          onClick={() => {
            showIn3D()
            useCompareView.setState({ open: false })
          }}
        >
          Show in 3D
        </button>
        {shown ? <span className="muted">{shown}</span> : null}
      </div>
      <div className="compare-grid">
        <div className="compare-left">
          <CompareTable rows={rows} labels={[sides.ref.label, sides.other.label]} />
          {match.matched.length > 0 ? (
            <DeltaMap
              sides={sides}
              match={match}
              sampleK={sampleK}
              onSample={(k) => useCompareView.setState({ sampleK: k })}
            />
          ) : (
            <p className="compare-warn" data-testid="compare-racks-differ">
              Racks differ: no rack id is in both halls, so there is no map; the hall-wide figures still
              compare.
            </p>
          )}
        </div>
        <CompareCharts sides={sides} />
      </div>
    </div>
  )
}

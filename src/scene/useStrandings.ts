// The forecast summary's stranded capacity matched to the hall on screen, rack by rack (null: no summary of
// this scenario yet, so the stranded colour mode has nothing to show).
import { useMemo } from 'react'
import type { RackStranding } from '../../sim/forecast/ledger/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { useForecastRun } from '../state/forecastRun.ts'
import { useUi } from '../state/store.ts'
import { strandingsFor } from './stranded.ts'

export function useStrandings(layout: SceneLayout | null): (RackStranding | undefined)[] | null {
  const summary = useForecastRun((s) => s.summary)
  const of = useForecastRun((s) => s.summaryOf?.scenario)
  const scenario = useUi((s) => s.scenario)
  return useMemo(() => {
    // A summary of another scenario would colour racks that merely share ids with it.
    if (!layout || !summary || of !== scenario) return null
    return strandingsFor(
      layout.racks.map((r) => r.id),
      summary.strandedByRack,
    )
  }, [layout, summary, of, scenario])
}

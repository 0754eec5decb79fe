// The toolbar's Compare button and the compare view it opens (two runs side by side, deltas, overlaid charts).
import { useCompareView } from '../../state/compareRun.ts'
import { CompareDialog } from './CompareDialog.tsx'

export function CompareButton() {
  const open = useCompareView((s) => s.open)
  const running = useCompareView((s) => s.progress !== null)
  return (
    <>
      <button
        type="button"
        data-testid="compare-open"
        aria-haspopup="dialog"
        title="Compare two runs: KPIs, charts and a Δ inlet map"
        onClick={() => useCompareView.setState({ open: true })}
      >
        ⇄ Compare{running ? '…' : ''}
      </button>
      {open ? <CompareDialog /> : null}
    </>
  )
}

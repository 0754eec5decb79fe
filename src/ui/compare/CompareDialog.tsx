// The compare view: a modal <dialog> over the hall (showModal makes the page behind it inert, so focus stays
// inside; Escape closes it), with the pickers, progress, and the comparison once computed.
import { useEffect, useRef } from 'react'
import { useCompareView } from '../../state/compareRun.ts'
import { CompareForm } from './CompareForm.tsx'
import { CompareResult } from './CompareResult.tsx'
import './compare.css'

const close = () => useCompareView.setState({ open: false })

export function CompareDialog() {
  const ref = useRef<HTMLDialogElement>(null)
  const result = useCompareView((s) => s.result)
  const error = useCompareView((s) => s.error)
  useEffect(() => {
    const dialog = ref.current!
    if (!dialog.open) dialog.showModal()
    return () => dialog.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className="compare-dialog"
      data-testid="compare-dialog"
      aria-labelledby="compare-title"
      onClose={close}
    >
      <header>
        <h2 id="compare-title">Compare two runs</h2>
        <button
          type="button"
          className="link"
          data-testid="compare-close"
          aria-label="Close compare"
          onClick={close}
        >
          ✕
        </button>
      </header>
      <CompareForm />
      {error ? (
        <p className="compare-error" role="alert" data-testid="compare-error">
          {error}
        </p>
      ) : null}
      {result ? <CompareResult result={result} /> : null}
    </dialog>
  )
}

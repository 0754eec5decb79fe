// The last error from the worker (a refused command, a scenario that failed to load), until dismissed.
import { dismissError } from '../state/actions.ts'
import { useUi } from '../state/store.ts'

export function ErrorBanner() {
  const error = useUi((s) => s.error)
  if (!error) return null
  return (
    <div className="error-banner" role="alert" data-testid="error">
      <span>{error}</span>
      <button type="button" className="ghost" aria-label="Dismiss" onClick={dismissError}>
        ×
      </button>
    </div>
  )
}

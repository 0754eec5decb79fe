// The hall picker: the shipped scenarios and the halls kept in this browser, in two groups; picking one opens it.
import { useHall } from '../../state/hall.ts'
import { scenarioLabel, scenarioNames } from '../../state/scenarios.ts'
import { useUi } from '../../state/store.ts'
import { libraryKey, openLibraryEntry, openShipped } from '../../library/openEntry.ts'
import { useLibrary } from '../../library/libraryState.ts'

const LIBRARY = 'library:'

function pick(key: string): void {
  if (key.startsWith(LIBRARY)) void openLibraryEntry(key.slice(LIBRARY.length))
  else void openShipped(key)
}

export function HallPicker() {
  const scenario = useUi((s) => s.scenario)
  const id = useHall((s) => s.id)
  const name = useHall((s) => s.doc?.name ?? '')
  const halls = useLibrary((s) => s.halls)
  // A saved hall is its library entry, whatever it was opened as (an edited shipped hall is a copy of it now).
  const value = id ? libraryKey(id) : scenario
  const listed = scenarioNames.includes(value) || halls.some((h) => libraryKey(h.id) === value)
  return (
    <select aria-label="Hall" data-testid="scenario" value={value} onChange={(e) => pick(e.target.value)}>
      {!listed && (
        // An unsaved hall from a file, link or import: shown as chosen, not offered.
        <option value={value} disabled>
          {name || 'Opening…'}
        </option>
      )}
      <optgroup label="Shipped scenarios">
        {scenarioNames.map((n) => (
          <option key={n} value={n}>
            {scenarioLabel(n)}
          </option>
        ))}
      </optgroup>
      {halls.length > 0 && (
        <optgroup label="Your halls (this browser)">
          {halls.map((h) => (
            <option key={h.id} value={libraryKey(h.id)}>
              {h.name}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  )
}

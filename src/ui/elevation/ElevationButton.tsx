// The Inspector's way into a rack's elevation; while the elevation is open, selecting another rack shows that one.
import { useEffect } from 'react'
import { openElevation, useElevation } from './elevationStore.ts'

export function ElevationButton({ rackId }: { rackId: string }) {
  const isOpen = useElevation((s) => s.rackId === rackId)
  // The Inspector mounts a fresh RackDetails for every selected rack, so this runs once per selection.
  useEffect(() => {
    if (useElevation.getState().rackId !== null) openElevation(rackId)
  }, [rackId])
  return (
    <button
      type="button"
      className="elevation-open"
      aria-pressed={isOpen}
      onClick={() => openElevation(rackId)}
      data-testid="inspector-elevation"
      title="Servers by U with their power and inlet; add or remove servers"
    >
      Elevation
    </button>
  )
}

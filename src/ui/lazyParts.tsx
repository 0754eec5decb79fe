// Parts of the page the first frame does not need, each in its own chunk fetched the first time it opens: the
// Forecast tab, the compare view, the NetBox import dialog, the timeline's charts and a rack's elevation (uPlot
// goes with them). Each wrapper reads the store the part reads to decide whether it shows, so nothing is fetched
// for a part that stays closed. The story stays in the first chunk: it must show in the frame of its button's
// click (e2e/story reads it at once), and a fetched chunk renders a moment later. docs/performance.md#start-up
import { lazy, Suspense, useState } from 'react'
import type { ComponentProps } from 'react'
import { useNetboxImport } from '../state/netboxImport.ts'
import { useElevation } from './elevation/elevationStore.ts'

const Forecast = lazy(() =>
  import('./forecast/ForecastPanel.tsx').then((m) => ({ default: m.ForecastPanel })),
)
const Compare = lazy(() => import('./compare/CompareDialog.tsx').then((m) => ({ default: m.CompareDialog })))
const Netbox = lazy(() => import('./netbox/ImportDialog.tsx').then((m) => ({ default: m.ImportDialog })))
const Charts = lazy(() => import('./timeline/ChartStrip.tsx').then((m) => ({ default: m.ChartStrip })))
const Elevation = lazy(() =>
  import('./elevation/ElevationPanel.tsx').then((m) => ({ default: m.ElevationPanel })),
)

/** The Forecast tab: mounted the first time it is shown, then kept mounted (hidden) like the other panes. */
export function ForecastPanel({ hidden }: { hidden: boolean }) {
  const [shown, setShown] = useState(!hidden)
  if (!hidden && !shown) setShown(true)
  if (!shown) return null
  return (
    <Suspense
      fallback={
        <div className="tab-pane forecast-panel" role="tabpanel" hidden={hidden}>
          <p className="muted">Loading the forecast…</p>
        </div>
      }
    >
      <Forecast hidden={hidden} />
    </Suspense>
  )
}

/** Rendered by the Compare button while the view is open. */
export function CompareDialog() {
  return (
    <Suspense fallback={null}>
      <Compare />
    </Suspense>
  )
}

export function ImportDialog() {
  const open = useNetboxImport((s) => s.open)
  return open ? (
    <Suspense fallback={null}>
      <Netbox />
    </Suspense>
  ) : null
}

export function ChartStrip(props: ComponentProps<typeof Charts>) {
  return (
    <Suspense fallback={<p className="muted timeline-empty">Loading the charts…</p>}>
      <Charts {...props} />
    </Suspense>
  )
}

export function ElevationPanel() {
  const open = useElevation((s) => s.rackId !== null)
  return open ? (
    <Suspense fallback={null}>
      <Elevation />
    </Suspense>
  ) : null
}

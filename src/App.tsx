// The page: toolbar and KPI strip on top, the 3D hall with its legend, and a side panel with tabs.
import { Viewport } from './scene/Viewport.tsx'
import { useUi } from './state/store.ts'
import { Compass } from './ui/Compass.tsx'
import { EditBar } from './ui/edit/EditBar.tsx'
import { EditDetails } from './ui/edit/EditDetails.tsx'
import { ErrorBanner } from './ui/ErrorBanner.tsx'
import { EventsPanel } from './ui/events/EventsPanel.tsx'
import { ForecastPanel } from './ui/forecast/ForecastPanel.tsx'
import { HallSummary } from './ui/HallSummary.tsx'
import { ImportDialog } from './ui/netbox/ImportDialog.tsx'
import { Inspector } from './ui/Inspector.tsx'
import { KpiBar } from './ui/KpiBar.tsx'
import { Legend } from './ui/Legend.tsx'
import { PowerPanel } from './ui/PowerPanel.tsx'
import { ShortcutHelp } from './ui/help/ShortcutHelp.tsx'
import { SideTabs } from './ui/SideTabs.tsx'
import { TimelineDock } from './ui/timeline/TimelineDock.tsx'
import { Toolbar } from './ui/Toolbar.tsx'
import { TraceDropZone } from './ui/TraceDropZone.tsx'
import { UnitList } from './ui/UnitList.tsx'
import { WhatIfPanel } from './ui/WhatIfPanel.tsx'
import { WorkerBanner } from './ui/WorkerBanner.tsx'
import { WorkloadPanel } from './ui/WorkloadPanel.tsx'

export function App() {
  const tab = useUi((s) => s.sideTab)
  // Panes stay mounted and are hidden, so their live numbers keep their DOM nodes (principle 13).
  return (
    // The Forecast tab's charts and tables need a wider panel than the live tabs; the hall gives way while it is open.
    <div className={tab === 'forecast' ? 'app wide-side' : 'app'}>
      <Toolbar />
      <KpiBar />
      <TraceDropZone>
        <Viewport />
        <EditBar />
        <Legend />
        <Compass />
        <ErrorBanner />
        <WorkerBanner />
        <TimelineDock />
      </TraceDropZone>
      <aside className="side">
        <HallSummary />
        <SideTabs />
        <div className="tab-pane" role="tabpanel" hidden={tab !== 'inspect'} data-testid="inspect-panel">
          <Inspector />
          <EditDetails />
          <UnitList />
        </div>
        <WhatIfPanel hidden={tab !== 'whatif'} />
        <PowerPanel hidden={tab !== 'power'} />
        <WorkloadPanel hidden={tab !== 'workload'} />
        <ForecastPanel hidden={tab !== 'forecast'} />
        <EventsPanel hidden={tab !== 'events'} />
      </aside>
      <ImportDialog />
      <ShortcutHelp />
    </div>
  )
}

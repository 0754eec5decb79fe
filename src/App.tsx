// The page: toolbar and KPI strip on top, the 3D hall, and a side panel with details and the legend.
import { Viewport } from './scene/Viewport.tsx'
import { ErrorBanner } from './ui/ErrorBanner.tsx'
import { HallSummary } from './ui/HallSummary.tsx'
import { Inspector } from './ui/Inspector.tsx'
import { KpiBar } from './ui/KpiBar.tsx'
import { Legend } from './ui/Legend.tsx'
import { Toolbar } from './ui/Toolbar.tsx'
import { UnitList } from './ui/UnitList.tsx'
import { ViewHint } from './ui/ViewHint.tsx'

export function App() {
  return (
    <div className="app">
      <Toolbar />
      <KpiBar />
      <main className="viewport" data-testid="viewport">
        <Viewport />
        <ViewHint />
        <ErrorBanner />
      </main>
      <aside className="side">
        <HallSummary />
        <Inspector />
        <UnitList />
        <Legend />
      </aside>
    </div>
  )
}

// The side panel's tab bar: inspector, failure what-ifs, power chain, workload and the capacity forecast, each
// with a mark worth noticing.
import { setSideTab } from '../state/actions.ts'
import { useUi } from '../state/store.ts'
import type { SideTab } from '../state/store.ts'
import { useTimeline } from '../state/timeline.ts'

function Tab(props: {
  tab: SideTab
  label: string
  badge?: number
  tone?: 'danger' | 'warn'
  dot?: boolean
}) {
  const active = useUi((s) => s.sideTab === props.tab)
  return (
    <button
      type="button"
      role="tab"
      aria-selected={active}
      className={active ? 'tab active' : 'tab'}
      data-testid={`tab-${props.tab}`}
      onClick={() => setSideTab(props.tab)}
    >
      {props.label}
      {props.badge ? (
        <span className={`badge ${props.tone ?? ''}`}>{props.badge > 99 ? '99+' : props.badge}</span>
      ) : null}
      {props.dot ? <span className="tab-dot" title="A recorded trace drives the servers" /> : null}
    </button>
  )
}

export function SideTabs() {
  // Assets down right now: failed cooling units from the snapshot, power assets from the commands sent.
  const down = useUi((s) => s.unitRunning.filter((on) => !on).length + s.powerDown.length)
  // Every condition active now: power chain, cooling redundancy and rack-inlet climate.
  const conditions = useUi((s) =>
    s.kpis ? s.kpis.powerConditions + s.kpis.coolingConditions + s.kpis.climateConditions : 0,
  )
  const tracing = useUi((s) => s.trace !== null)
  // Events recorded since the user last opened the Events tab.
  const unread = useTimeline((s) => s.events.length - s.readEvents)
  return (
    <nav className="tabs" role="tablist" aria-label="Side panel">
      <Tab tab="inspect" label="Inspect" />
      <Tab tab="whatif" label="Failures" badge={down} tone="danger" />
      <Tab tab="power" label="Power" badge={conditions} tone="warn" />
      <Tab tab="workload" label="Workload" dot={tracing} />
      <Tab tab="forecast" label="Forecast" />
      <Tab tab="events" label="Events" badge={unread} tone="warn" />
    </nav>
  )
}

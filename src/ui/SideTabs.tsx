// The side panel's tab bar: inspector, failure what-ifs, power chain, workload, the capacity forecast and the event
// log, each with a mark worth noticing. Six labels share 320 px, so they are one short word each; the title says
// the rest and names the key (1–6) that opens the tab (docs/feel.md#tabs-that-fit).
import { setSideTab } from '../state/actions.ts'
import { SIDE_TAB_ORDER } from '../state/shortcutKeys.ts'
import { useUi } from '../state/store.ts'
import type { SideTab } from '../state/store.ts'
import { useTimeline } from '../state/timeline.ts'

function Tab(props: {
  tab: SideTab
  label: string
  title: string
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
      title={`${props.title} (key ${SIDE_TAB_ORDER.indexOf(props.tab) + 1})`}
      aria-keyshortcuts={String(SIDE_TAB_ORDER.indexOf(props.tab) + 1)}
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
      <Tab tab="inspect" label="Inspect" title="The selected rack or cooling unit" />
      <Tab
        tab="whatif"
        label="Failures"
        title="Fail an asset: time until the inlets reach their limits"
        badge={down}
        tone="danger"
      />
      <Tab
        tab="power"
        label="Power"
        title="The power chain from the utility to the racks, and its limits"
        badge={conditions}
        tone="warn"
      />
      <Tab
        tab="workload"
        label="Load"
        title="Workload: server utilisation, load scale and recorded traces"
        dot={tracing}
      />
      <Tab tab="forecast" label="Forecast" title="Capacity forecast: when growth crosses each limit" />
      <Tab
        tab="events"
        label="Events"
        title="Event log: failures, alarms and settings, newest first"
        badge={unread}
        tone="warn"
      />
    </nav>
  )
}

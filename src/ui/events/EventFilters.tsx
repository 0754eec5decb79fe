// Filter chips by kind of event, each with its count, and the alarms-only switch.
import { EVENT_GROUPS, GROUP_LABELS } from './eventKinds.ts'
import type { EventGroup } from './eventKinds.ts'
import type { EventFilter } from './eventLog.ts'

export function EventFilters(props: {
  filter: EventFilter
  counts: Record<EventGroup, number>
  onChange: (filter: EventFilter) => void
}) {
  const { filter, counts, onChange } = props
  const toggle = (group: EventGroup) => {
    const groups = new Set(filter.groups)
    if (groups.has(group)) groups.delete(group)
    else groups.add(group)
    onChange({ ...filter, groups })
  }
  return (
    <div className="event-filters" role="group" aria-label="Show events of">
      {EVENT_GROUPS.filter((g) => g !== 'forecast' || counts.forecast > 0).map((g) => (
        <button
          key={g}
          type="button"
          className="chip"
          aria-pressed={filter.groups.has(g)}
          data-testid={`event-chip-${g}`}
          onClick={() => toggle(g)}
        >
          {GROUP_LABELS[g]} <span className="chip-count">{counts[g]}</span>
        </button>
      ))}
      <label className="alarms-only">
        <input
          type="checkbox"
          checked={filter.alarmsOnly}
          data-testid="event-alarms-only"
          onChange={(e) => onChange({ ...filter, alarmsOnly: e.target.checked })}
        />
        Alarms only
      </label>
    </div>
  )
}

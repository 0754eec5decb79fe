// The Events tab: every event of the run, filterable, each opening its asset at its time (docs/events.md).
import { useCallback, useMemo, useState } from 'react'
import type { RunEvent } from '../../../sim/history/types.ts'
import { useUi } from '../../state/store.ts'
import { useTimeline } from '../../state/timeline.ts'
import { download } from '../forecast/forecastExport.ts'
import { EventFilters } from './EventFilters.tsx'
import { EventList } from './EventList.tsx'
import { durationTracker } from './eventDurations.ts'
import { groupCounts, NO_FILTER, visibleEvents } from './eventLog.ts'
import type { EventFilter } from './eventLog.ts'
import { eventsCsv } from './eventsCsv.ts'
import { openEvent } from './openEvent.ts'
import { useMarkRead } from './useMarkRead.ts'
import './events.css'

export function EventsPanel({ hidden }: { hidden: boolean }) {
  const events = useTimeline((s) => s.events)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  const hallName = useUi((s) => s.layout?.name ?? 'hall')
  const [filter, setFilter] = useState<EventFilter>(NO_FILTER)
  const [currentId, setCurrentId] = useState<number | null>(null)
  // Ids restart with each run: a row opened in the last run is not the same-numbered row of this one.
  const runId = useTimeline((s) => s.history?.runId ?? null)
  const [shownRun, setShownRun] = useState(runId)
  if (runId !== shownRun) {
    setShownRun(runId)
    setCurrentId(null)
  }
  useMarkRead(!hidden, events.length)
  // One pairer for the panel's life: useState calls durationTracker once and keeps what it returns.
  const [track] = useState(durationTracker)
  const lasted = useMemo(() => track(events), [track, events])
  const counts = useMemo(() => groupCounts(events, filter.alarmsOnly), [events, filter.alarmsOnly])
  const rows = useMemo(() => visibleEvents(events, filter), [events, filter])
  const onOpen = useCallback((event: RunEvent) => {
    setCurrentId(event.id)
    void openEvent(event)
  }, [])
  const exportCsv = () =>
    download(
      `${hallName.replace(/[^\w.-]+/g, '-')}-events.csv`,
      eventsCsv(events, startEpochS, lasted),
      'text/csv',
    )
  return (
    <div className="tab-pane events-pane" role="tabpanel" hidden={hidden} data-testid="events-panel">
      <div className="panel events-head">
        <div className="panel-head">
          <h2>
            Events{' '}
            <span className="muted" data-testid="event-count">
              {events.length}
            </span>
          </h2>
          <button
            type="button"
            data-testid="events-export"
            disabled={events.length === 0}
            onClick={exportCsv}
          >
            Export CSV
          </button>
        </div>
        {events.length > 0 && <EventFilters filter={filter} counts={counts} onChange={setFilter} />}
      </div>
      {events.length === 0 ? (
        <p className="muted note events-empty" data-testid="events-empty">
          Nothing has happened yet. Failures, restores, trips, overloads, lost redundancy and inlets outside
          their ASHRAE envelope are listed here as the run meets them, newest first. Fail a unit or a PDU in
          the Failures tab and play to see some.
        </p>
      ) : rows.length === 0 ? (
        <p className="muted note events-empty" data-testid="events-filtered-out">
          No event matches these filters.
        </p>
      ) : (
        <EventList
          rows={rows}
          startEpochS={startEpochS}
          lasted={lasted}
          currentId={currentId}
          onOpen={onOpen}
        />
      )}
    </div>
  )
}

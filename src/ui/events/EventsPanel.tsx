// The Events tab: every event of the run, filterable, each opening its asset at its time.
// CONTRACT STUB: the events helper replaces this.
export function EventsPanel({ hidden }: { hidden: boolean }) {
  return <div className="tab-pane" role="tabpanel" hidden={hidden} data-testid="events-panel" />
}

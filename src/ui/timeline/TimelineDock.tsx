// The run's timeline under the hall: scrubber with event markers, step/jump controls and the synced charts.
// CONTRACT STUB: the timeline helper replaces this.
export function TimelineDock() {
  return null
}

// The list's two modes rendered to HTML in Node (no DOM here: the browser's share is in e2e/events.test.ts).
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { RunEvent } from '../../../sim/history/types.ts'
import { EventList, LONG_LIST } from './EventList.tsx'
import { durations } from './eventDurations.ts'
import { groupCounts, NO_FILTER, visibleEvents } from './eventLog.ts'

const events = (n: number): RunEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    id: i,
    atS: i * 60,
    kind: 'ashrae',
    severity: 'warning',
    // Each rack's inlet rises past 27 °C, then falls back 40 events (2,400 s) later.
    transition: Math.floor(i / 40) % 2 ? 'cleared' : 'raised',
    asset: { kind: 'rack', id: `A-${i % 40}`, index: i % 40 },
    value: 27.5,
    limit: 27,
    unit: '°C',
    text: `A-${i % 40} inlet 27.5 °C over 27 °C`,
  }))

function render(n: number): { rows: number; ms: number } {
  const props = { rows: events(n), startEpochS: 0, lasted: new Map(), currentId: null, onOpen: () => {} }
  const t0 = performance.now()
  const html = renderToString(createElement(EventList, props))
  const ms = performance.now() - t0
  return { rows: html.split('data-testid="event-row"').length - 1, ms }
}

describe('EventList', () => {
  it('renders every row up to LONG_LIST, and only a window of a longer log', () => {
    const plain = render(LONG_LIST)
    expect(plain.rows).toBe(LONG_LIST)
    // Past LONG_LIST: before the box is measured, a 600 px view of 42 px rows (15) and 8 below it.
    const long = render(10_000)
    expect(long.rows).toBe(23)
    const all = render(LONG_LIST)
    console.log(
      `EventList to HTML: ${LONG_LIST} rows ${all.ms.toFixed(1)} ms; 10,000 rows windowed ${long.ms.toFixed(1)} ms`,
    )
  })
  it('pairs, counts and filters a 10,000-event log (what the panel does before the list)', () => {
    const log = events(10_000)
    const t0 = performance.now()
    const lasted = durations(log)
    const counts = groupCounts(log, false)
    const rows = visibleEvents(log, NO_FILTER)
    console.log(`10,000 events paired, counted and filtered in ${(performance.now() - t0).toFixed(1)} ms`)
    // 250 blocks of 40: every raising has its clearing 2,400 s later.
    expect(lasted.size).toBe(10_000)
    expect(lasted.get(0)).toBe(2400)
    expect(lasted.get(9999)).toBe(2400)
    expect(counts.climate).toBe(10_000)
    expect(rows[0].id).toBe(9999)
  })
})

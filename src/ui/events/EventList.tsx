// The log's rows: all of them while there are few, only those in view past LONG_LIST (docs/events.md#long-logs).
import { useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { RunEvent } from '../../../sim/history/types.ts'
import { EventRow, ROW_PX } from './EventRow.tsx'
import { windowRows } from './windowRows.ts'

/**
 * Up to this many rows are plain DOM; beyond, the list draws what is in view. A row costs about 0.2 ms to render
 * here, so 1,000 plain rows would be a 200 ms task where the issue allows 50 (docs/events.md#long-logs).
 */
export const LONG_LIST = 200

/** Up and Down move the focus to the row above or below (Enter opens it): a log is read row by row. */
function moveFocus(e: KeyboardEvent<HTMLUListElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
  const item = (e.target as HTMLElement).closest('li')
  const next = e.key === 'ArrowDown' ? item?.nextElementSibling : item?.previousElementSibling
  const button = next?.querySelector('button')
  if (!button) return
  e.preventDefault()
  // In a windowed list the neighbour is among the rows drawn either side of the view; scrolling to it draws more.
  button.focus()
  button.scrollIntoView({ block: 'nearest' })
}

export function EventList(props: {
  rows: readonly RunEvent[]
  startEpochS: number
  lasted: ReadonlyMap<number, number>
  currentId: number | null
  onOpen: (event: RunEvent) => void
}) {
  const box = useRef<HTMLDivElement>(null)
  const [scroll, setScroll] = useState({ topPx: 0, viewPx: 600 })
  const windowed = props.rows.length > LONG_LIST
  useLayoutEffect(() => {
    const el = box.current
    if (!el || !windowed) return
    const measure = () => setScroll({ topPx: el.scrollTop, viewPx: el.clientHeight })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [windowed])
  const { first, end } = windowed
    ? windowRows(props.rows.length, ROW_PX, scroll.topPx, scroll.viewPx)
    : { first: 0, end: props.rows.length }
  return (
    <div
      className="event-scroll"
      ref={box}
      data-testid="event-list"
      data-rows={props.rows.length}
      data-windowed={windowed}
      onScroll={
        windowed
          ? (e) => setScroll({ topPx: e.currentTarget.scrollTop, viewPx: e.currentTarget.clientHeight })
          : undefined
      }
    >
      <ul
        className="event-rows"
        aria-label="Events, newest first"
        onKeyDown={moveFocus}
        style={windowed ? { height: props.rows.length * ROW_PX, paddingTop: first * ROW_PX } : undefined}
      >
        {props.rows.slice(first, end).map((e) => (
          <EventRow
            key={e.id}
            event={e}
            startEpochS={props.startEpochS}
            lastedS={props.lasted.get(e.id)}
            current={e.id === props.currentId}
            onOpen={props.onOpen}
          />
        ))}
      </ul>
    </div>
  )
}

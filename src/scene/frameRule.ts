// When the camera frames the hall afresh: a hall opened (not an edit of the one on screen) or a room of another size.
// docs/hall.md#reading-the-hall-labels-tooltips-views
import type { SceneLayout } from '../../sim/index.ts'
import { useHall } from '../state/hall.ts'
import { useUi } from '../state/store.ts'

/** The hall the camera was last framed for: its document and room size. */
export interface FramedHall {
  doc: unknown
  widthM: number
  depthM: number
}

/**
 * True when a layout arriving with document `doc` at revision `rev` needs the camera framed again: the first hall,
 * a room of another width or depth, or another document opened (openHall sets rev 0; an edit, undo or redo shows
 * its document at rev ≥ 1, and a run restarted for a trace or a lost worker keeps the same document object).
 */
export function needsFraming(
  last: FramedHall | null,
  doc: unknown,
  rev: number,
  room: SceneLayout['room'],
): boolean {
  if (!last) return true
  if (room.widthM !== last.widthM || room.depthM !== last.depthM) return true
  return rev === 0 && doc !== last.doc
}

const toFrame = new WeakSet<SceneLayout>()
let last: FramedHall | null = null

// Decided as the layout is set, inside the same setState (synchronous in zustand), when useHall still holds the
// document and rev that came with it; React's effects run later, after other code may have moved on.
useUi.subscribe((s, prev) => {
  if (!s.layout || s.layout === prev.layout) return
  const { doc, rev } = useHall.getState()
  if (needsFraming(last, doc, rev, s.layout.room)) toFrame.add(s.layout)
  last = { doc, widthM: s.layout.room.widthM, depthM: s.layout.room.depthM }
})

/** Whether `layout` arrived as a new hall (or room) that the camera should frame. */
export const framesAfresh = (layout: SceneLayout): boolean => toFrame.has(layout)

// Which row signs are shown so that no two overlap on screen: signs are taken in a priority order and one is kept
// only if its screen rectangle meets none already kept. Pure numbers; RowLabels.tsx projects the rectangles.
// docs/hall.md#reading-the-hall-labels-tooltips-views

/** A rectangle on the canvas, CSS px from its top-left corner (y down). */
export interface ScreenRect {
  x0: number
  y0: number
  x1: number
  y1: number
}

/** Whether `a` and `b` come nearer than `gapPx` (with 0: share any area; touching along an edge does not). */
export const overlaps = (a: ScreenRect, b: ScreenRect, gapPx = 0): boolean =>
  a.x0 < b.x1 + gapPx && b.x0 < a.x1 + gapPx && a.y0 < b.y1 + gapPx && b.y0 < a.y1 + gapPx

/**
 * Marks in `out` (1 kept, 0 hidden) each sign of `rects` taken in `order` (indices into rects, most important
 * first): kept unless its rectangle comes within `gapPx` of one kept before it or overlaps one of `blocked` (the
 * page's cards over the canvas). A null rectangle is a sign not shown at all (the wrong kind for this view, next to
 * the camera or behind it). Returns whether any mark changed.
 */
export function declutter(
  rects: readonly (ScreenRect | null)[],
  order: readonly number[],
  out: Uint8Array,
  gapPx = 0,
  blocked: readonly ScreenRect[] = [],
): boolean {
  const kept: ScreenRect[] = [...blocked]
  let changed = false
  for (const i of order) {
    const r = rects[i]
    const keep = r !== null && !kept.some((k) => overlaps(k, r, gapPx)) ? 1 : 0
    if (keep) kept.push(r as ScreenRect)
    if (out[i] !== keep) changed = true
    out[i] = keep
  }
  return changed
}

/** A row as far as the priority cares: its name and how many racks it holds. */
export interface Ranked {
  id: string
  rackCount: number
}

// Natural order: "Row 2" before "Row 10", as the NetBox import orders rows.
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** Indices of `rows` in priority order: more racks first (the bigger row is the landmark), then by name. */
export function signPriority(rows: readonly Ranked[]): number[] {
  return rows
    .map((_, i) => i)
    .sort((a, b) => rows[b].rackCount - rows[a].rackCount || byName.compare(rows[a].id, rows[b].id))
}

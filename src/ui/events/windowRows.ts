// Which rows of a long list to draw: those in the scrolled viewport and a few either side (all rows share one
// height, so no row needs measuring).

/** Rows [first, end) to render for a list of `count` rows `rowPx` tall, scrolled `scrollPx` in a `viewPx` box. */
export function windowRows(
  count: number,
  rowPx: number,
  scrollPx: number,
  viewPx: number,
  overscan = 8,
): { first: number; end: number } {
  const first = Math.max(0, Math.floor(scrollPx / rowPx) - overscan)
  const end = Math.min(count, Math.ceil((scrollPx + viewPx) / rowPx) + overscan)
  return { first, end: Math.max(first, end) }
}

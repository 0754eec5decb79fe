// A sparkline's geometry: a series squeezed into an SVG path of a given size, keeping each pixel column's lowest
// and highest value so a short spike still shows, with the series' min, max and last value. Pure; tested.

export interface Spark {
  /** SVG path in a `width` × `height` box, y down; '' with fewer than two finite values. */
  d: string
  min: number
  max: number
  last: number
}

/** Values of one rack in a row-major [row * rackCount + rack] column. */
export function rackColumn(
  values: Float32Array,
  rackCount: number,
  rack: number,
  rows: number,
): Float32Array {
  const out = new Float32Array(rows)
  for (let i = 0; i < rows; i++) out[i] = values[i * rackCount + rack]
  return out
}

export function sparkOf(values: ArrayLike<number>, width: number, height: number, scale = 1): Spark {
  let min = Infinity
  let max = -Infinity
  let last = Number.NaN
  for (let i = 0; i < values.length; i++) {
    const v = values[i] * scale
    if (!Number.isFinite(v)) continue
    min = Math.min(min, v)
    max = Math.max(max, v)
    last = v
  }
  if (!(max >= min) || values.length < 2) return { d: '', min, max, last }
  // A flat series draws mid-height rather than dividing by zero.
  const span = max - min || 1
  const y = (v: number) => (max === min ? height / 2 : height - ((v - min) / span) * height)
  const n = values.length
  const parts: string[] = []
  const to = (x: number, v: number) =>
    parts.push(`${parts.length ? 'L' : 'M'}${x.toFixed(1)},${y(v).toFixed(1)}`)
  const columns = Math.max(1, Math.floor(width))
  if (n <= columns) {
    for (let i = 0; i < n; i++) if (Number.isFinite(values[i])) to((i / (n - 1)) * width, values[i] * scale)
    return { d: parts.join(''), min, max, last }
  }
  for (let c = 0; c < columns; c++) {
    let lo = Infinity
    let hi = -Infinity
    for (let i = Math.floor((c * n) / columns); i < Math.floor(((c + 1) * n) / columns); i++) {
      const v = values[i] * scale
      if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)]
    }
    if (!(hi >= lo)) continue
    const x = ((c + 0.5) / columns) * width
    to(x, hi)
    if (lo < hi) to(x, lo)
  }
  return { d: parts.join(''), min, max, last }
}

/**
 * Where the hall's shown time falls on a sparkline of `length` evenly spaced rows at `timeS` (its x in a `width`
 * wide box, as sparkOf spreads the rows), and the row at or before it; null when the history cannot place it.
 */
export function viewPoint(
  timeS: ArrayLike<number>,
  length: number,
  viewS: number,
  width: number,
): { x: number; row: number } | null {
  if (length < 2) return null
  const [t0, t1] = [timeS[0], timeS[length - 1]]
  if (!(t1 > t0) || !Number.isFinite(viewS)) return null
  const f = Math.min(1, Math.max(0, (viewS - t0) / (t1 - t0)))
  let row = 0
  while (row + 1 < length && timeS[row + 1] <= viewS) row++
  return { x: f * width, row }
}

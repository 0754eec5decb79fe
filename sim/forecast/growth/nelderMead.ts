// Nelder–Mead downhill simplex (Nelder & Mead 1965, with the standard coefficients of Lagarias et al. 1998):
// enough to fit the ≤ 4 smoothing parameters of an ETS model, whose initial states are solved exactly instead.

/** The point found, its value, and the iterations it took. */
export interface Minimum {
  x: number[]
  value: number
  iterations: number
}

/**
 * Minimises `f` from `start` with an initial simplex of `step` along each axis; stops when the simplex's values
 * agree within `tolerance` (absolute plus relative) or after `maxIterations`. Deterministic.
 */
export function nelderMead(
  f: (x: number[]) => number,
  start: number[],
  { step = 0.5, tolerance = 1e-10, maxIterations = 2000 } = {},
): Minimum {
  const n = start.length
  let simplex = [start, ...start.map((_, i) => start.map((v, k) => (k === i ? v + step : v)))]
  let values = simplex.map(f)
  const along = (from: number[], to: number[], t: number) => from.map((v, k) => v + t * (to[k] - v))
  let iterations = 0
  for (; iterations < maxIterations; iterations++) {
    const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b])
    simplex = order.map((i) => simplex[i])
    values = order.map((i) => values[i])
    const best = values[0]
    const worst = values[n]
    if (Math.abs(worst - best) <= tolerance * (1 + Math.abs(best))) break
    const centroid = start.map((_, k) => simplex.slice(0, n).reduce((s, p) => s + p[k], 0) / n)
    const reflected = along(centroid, simplex[n], -1)
    const fr = f(reflected)
    if (fr < best) {
      const expanded = along(centroid, simplex[n], -2)
      const fe = f(expanded)
      ;[simplex[n], values[n]] = fe < fr ? [expanded, fe] : [reflected, fr]
    } else if (fr < values[n - 1]) {
      ;[simplex[n], values[n]] = [reflected, fr]
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = fr < worst
      const contracted = along(centroid, outside ? reflected : simplex[n], 0.5)
      const fc = f(contracted)
      if (fc < (outside ? fr : worst)) [simplex[n], values[n]] = [contracted, fc]
      else {
        for (let i = 1; i <= n; i++) {
          simplex[i] = along(simplex[0], simplex[i], 0.5)
          values[i] = f(simplex[i])
        }
      }
    }
  }
  return { x: simplex[0], value: values[0], iterations }
}

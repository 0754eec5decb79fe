// Advancing a piecewise-linear system exactly: one closed form per regime, regime switches found by bisection.

/**
 * Advances `start` by `dtS` where `solve(s, key)` gives the exact solution t ↦ state inside regime `key`, valid
 * while `keyOf(state)` stays `key`. Where the state leaves its regime the switch is bisected to 1e-9 s and the
 * next regime starts there, so one long step and many short ones agree (docs/physics.md#room-air-and-equipment-two-thermal-masses).
 * At most `maxSegments` switches; whatever time is left after them is solved in the regime reached.
 */
export function advanceThroughRegimes<S>(
  start: S,
  dtS: number,
  maxSegments: number,
  keyOf: (s: S) => string,
  solve: (s: S, key: string) => (tS: number) => S,
): S {
  let s = start
  let remainingS = dtS
  for (let segment = 0; remainingS > 0 && segment < maxSegments; segment++) {
    const key = keyOf(s)
    const at = solve(s, key)
    const end = at(remainingS)
    if (keyOf(end) === key) return end
    let lo = 0
    let hi = remainingS
    while (hi - lo > 1e-9 * Math.max(1, hi)) {
      const mid = (lo + hi) / 2
      if (keyOf(at(mid)) === key) lo = mid
      else hi = mid
    }
    s = at(hi)
    remainingS -= hi
  }
  return remainingS > 0 ? solve(s, keyOf(s))(remainingS) : s
}

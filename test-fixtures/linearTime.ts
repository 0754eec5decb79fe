// Whether refusing a bad input takes time linear in its length: a ratio of two times, never a wall-clock limit.
import { performance } from 'node:perf_hooks'
import { expect } from 'vitest'

/** t(16n) / t(n) is about 16 when the work is linear and 256 when it is quadratic; 50 sits well between. */
export const LINEAR_RATIO_LIMIT = 50
const FACTOR = 16
const REPEATS = 5
/** Each timing repeats the run until the smallest input has taken this long, so timer jitter is small. */
const MIN_TIMED_MS = 2

function refuses(run: (input: string) => void, input: string): boolean {
  try {
    run(input)
    return false
  } catch {
    return true
  }
}

/**
 * The least time of `REPEATS` timings of `loops` runs: the one least disturbed by other processes. Two
 * timings above `ceilingMs` end it early: the answer is then above the ceiling whatever the rest would give.
 */
function leastMs(run: (input: string) => void, input: string, loops: number, ceilingMs = Infinity): number {
  let least = Infinity
  let over = 0
  for (let r = 0; r < REPEATS && over < 2; r++) {
    const startMs = performance.now()
    for (let k = 0; k < loops; k++) refuses(run, input)
    const ms = performance.now() - startMs
    least = Math.min(least, ms)
    if (ms > ceilingMs) over++
  }
  return least
}

/**
 * t(16n) / t(n) for `run` refusing `make(n)`, n = `smallN`. Sizes double in turn and the measurement stops
 * once the ratio passes the limit, so a quadratic regression fails in seconds instead of hanging the suite.
 * Every input must be refused (throw), so the path measured is the refusal.
 */
export function linearTimeRatio(
  what: string,
  make: (n: number) => string,
  run: (input: string) => void,
  smallN = 3000,
): number {
  const small = make(smallN)
  expect(refuses(run, small), `${what}: the input must be refused`).toBe(true)
  let loops = 1
  while (leastMs(run, small, loops) < MIN_TIMED_MS) loops *= 2
  const baseMs = leastMs(run, small, loops)
  let ratio = 1
  for (let n = 2 * smallN; n <= FACTOR * smallN && ratio <= LINEAR_RATIO_LIMIT; n *= 2) {
    const input = make(n)
    expect(refuses(run, input), `${what}: the input of size ${n} must be refused`).toBe(true)
    ratio = leastMs(run, input, loops, LINEAR_RATIO_LIMIT * baseMs) / baseMs
  }
  return ratio
}

/** Expects the time to refuse `make(n)` to grow less than 50-fold while n grows 16-fold (linearTimeRatio). */
export function expectLinearTime(...args: Parameters<typeof linearTimeRatio>): void {
  const [what, , , smallN = 3000] = args
  const ratio = linearTimeRatio(...args)
  expect(ratio, `${what}: t(${FACTOR}n) / t(n) with n = ${smallN}`).toBeLessThan(LINEAR_RATIO_LIMIT)
}

// Whether refusing a bad input takes time linear in its length: a ratio of two times, never a wall-clock limit.
import { performance } from 'node:perf_hooks'
import { expect } from 'vitest'

/** t(16n) / t(n) is about 16 when the work is linear and 256 when it is quadratic; 50 sits well between. */
export const LINEAR_RATIO_LIMIT = 50
const FACTOR = 16
const ATTEMPTS = 3
/** Timed blocks per size; the least is kept, the one least disturbed by other processes and by GC. */
const REPEATS = 9
/**
 * Each timed block repeats the run until it has taken this long: long enough for timer jitter to be small,
 * short enough that most blocks on a loaded 2-core machine run without being preempted.
 */
const BLOCK_MS = 2

function refuses(run: (input: string) => void, input: string): boolean {
  try {
    run(input)
    return false
  } catch {
    return true
  }
}

function blockMs(run: (input: string) => void, input: string, loops: number): number {
  const startMs = performance.now()
  for (let k = 0; k < loops; k++) refuses(run, input)
  return performance.now() - startMs
}

/**
 * The least time of one run over `REPEATS` blocks of about BLOCK_MS each. Three blocks above `ceilingMs` a
 * run end it early (a quadratic regression should fail fast); one or two can be a busy machine's doing.
 */
function perRunMs(run: (input: string) => void, input: string, ceilingMs = Infinity): number {
  let loops = 1
  while (blockMs(run, input, loops) < BLOCK_MS) loops *= 2
  let least = Infinity
  let over = 0
  for (let r = 0; r < REPEATS && over < 3; r++) {
    const ms = blockMs(run, input, loops) / loops
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
  smallN = 2000,
): number {
  const small = make(smallN)
  expect(refuses(run, small), `${what}: the input must be refused`).toBe(true)
  const baseMs = perRunMs(run, small)
  let ratio = 1
  for (let n = 2 * smallN; n <= FACTOR * smallN && ratio <= LINEAR_RATIO_LIMIT; n *= 2) {
    const input = make(n)
    expect(refuses(run, input), `${what}: the input of size ${n} must be refused`).toBe(true)
    // Well above what linear growth gives at this size: a quadratic run stops after three blocks.
    const ceilingMs = (LINEAR_RATIO_LIMIT * baseMs * n) / (FACTOR * smallN)
    ratio = perRunMs(run, input, ceilingMs) / baseMs
  }
  return ratio
}

/**
 * Expects the time to refuse `make(n)` to grow less than 50-fold while n grows 16-fold (linearTimeRatio).
 * Up to ATTEMPTS measurements, passing at the first under the limit: a linear parser on a machine busy
 * enough to spoil every block of one measurement passes on the next, a quadratic one fails them all.
 */
export function expectLinearTime(...args: Parameters<typeof linearTimeRatio>): void {
  const [what, , , smallN = 2000] = args
  let ratio = Infinity
  let attempts = 0
  for (; attempts < ATTEMPTS && ratio >= LINEAR_RATIO_LIMIT; attempts++)
    ratio = Math.min(ratio, linearTimeRatio(...args))
  const why = `${what}: t(${FACTOR}n) / t(n) with n = ${smallN}, least of ${attempts} attempt(s)`
  expect(ratio, why).toBeLessThan(LINEAR_RATIO_LIMIT)
}

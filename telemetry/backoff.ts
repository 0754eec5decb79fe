// Exponential backoff with a cap and jitter, for reconnecting live telemetry sources.

/** Backoff settings; defaults 0.5 s doubling to 30 s. */
export interface BackoffOptions {
  /** Delay before the first retry, s. */
  initialS?: number
  /** Largest delay, s. */
  maxS?: number
}

/**
 * Delay before retry number `attempt` (1 first), s: min(maxS, initialS × 2^(attempt − 1)) shortened by up
 * to half by `random` (a number in [0, 1)), so clients that lost the same server do not all come back at
 * the same instant.
 * With `random` returning 0 the delays are exactly 0.5, 1, 2, 4, 8, 16, 30, 30, … s.
 */
export function backoffDelayS(
  attempt: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const { initialS = 0.5, maxS = 30 } = options
  const capS = Math.min(maxS, initialS * 2 ** Math.max(0, attempt - 1))
  return capS * (1 - 0.5 * random())
}

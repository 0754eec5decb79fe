// Tells a busy worker from a dead one: a dead worker (self.close(), a crash) sends no event, only silence.

/**
 * A worker with no step longer than a few seconds answers a ping within one; this deadline leaves a loaded
 * 2-core machine, a large hall at 6 h/s and a slow scenario build plenty of room before a run is replaced.
 */
const SILENCE_MS = 15_000
const PING_MS = 1_000
/** Long enough that a busy worker rarely trips it, short enough that a frozen clock is explained soon. */
const LATE_MS = 4_000

export interface HeartbeatOptions {
  pingMs?: number
  silenceMs?: number
  lateMs?: number
  onLate?: (late: boolean) => void
}

/**
 * Sends `ping` every `pingMs` while none is outstanding; when one has gone unanswered for `silenceMs`, stops
 * and calls `onSilent` once. Silence is counted only while this page's own timers keep time: after a gap
 * (a frozen page, a sleeping laptop, a hidden tab's once-a-minute timers) the wait starts again, since the
 * answer may be queued behind the very timer that would call it late. `onLate(true)` says a ping is
 * unanswered after `lateMs` (so the page can say why its clock stands still), `onLate(false)` that it came.
 * Returns the stop function.
 */
export function startHeartbeat(
  ping: () => Promise<unknown>,
  onSilent: (silentMs: number) => void,
  { pingMs = PING_MS, silenceMs = SILENCE_MS, lateMs = LATE_MS, onLate }: HeartbeatOptions = {},
): () => void {
  let sentMs: number | null = null
  let lastTickMs = performance.now()
  let stopped = false
  let late = false
  const answered = () => {
    sentMs = null
    if (!late) return
    late = false
    onLate?.(false)
  }
  const stop = () => {
    stopped = true
    clearInterval(id)
  }
  const id = setInterval(() => {
    if (stopped) return
    const nowMs = performance.now()
    const gapMs = nowMs - lastTickMs
    lastTickMs = nowMs
    if (sentMs !== null && gapMs > silenceMs / 2) sentMs = nowMs
    if (sentMs === null) {
      sentMs = nowMs
      // A rejected ping is an answer too: the worker is there to refuse it.
      ping().then(answered, answered)
    } else if (nowMs - sentMs > silenceMs) {
      stop()
      onSilent(nowMs - sentMs)
    } else if (!late && nowMs - sentMs > lateMs) {
      late = true
      onLate?.(true)
    }
  }, pingMs)
  return stop
}

// The heartbeat over a real MessageChannel to a real sim API: answered while the other side lives, silence when closed.
import { expose, releaseProxy, wrap } from 'comlink'
import { describe, expect, it } from 'vitest'
import { createSimApi } from '../../workers/simApi.ts'
import type { SimApi } from '../../workers/protocol.ts'
import { startHeartbeat } from './heartbeat.ts'

describe('startHeartbeat', () => {
  it('keeps quiet while pings are answered (even across a frozen page), and reports silence once the other side has gone', async () => {
    const { port1, port2 } = new MessageChannel()
    expose(createSimApi(), port1)
    const remote = wrap<SimApi>(port2)
    let answered = 0
    const lates: boolean[] = []
    const silent = new Promise<number>((resolve) => {
      const stop = startHeartbeat(
        () => remote.ping().then(() => answered++),
        (silentMs) => {
          stop()
          resolve(silentMs)
        },
        { pingMs: 20, silenceMs: 400, lateMs: 150, onLate: (late) => lates.push(late) },
      )
    })
    const answers = async (n: number) => {
      const target = answered + n
      while (answered < target) await new Promise((r) => setTimeout(r, 20))
    }
    // Answered pings: the heartbeat has not fired (it would have resolved `silent` with a time).
    await answers(5)
    // This thread frozen for twice the deadline (a sleeping laptop): its timers stood still too, so the
    // ping it sent is not taken for silence, and the pings go on being answered.
    const frozenUntil = performance.now() + 800
    while (performance.now() < frozenUntil);
    await answers(5)
    let fired = false
    void silent.then(() => (fired = true))
    await answers(1)
    expect(fired).toBe(false)
    const atClose = answered
    // As self.close() does in a browser worker: the other side stops reading, and no event says so.
    port1.close()
    const silentMs = await silent
    expect(silentMs).toBeGreaterThan(400)
    // Late first (the page can say why its clock stands still), silent after.
    expect(lates.at(-1)).toBe(true)
    expect(answered).toBeLessThanOrEqual(atClose + 1)
    remote[releaseProxy]()
    port2.close()
  }, 30_000)
})

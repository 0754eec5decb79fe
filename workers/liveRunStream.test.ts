// The twin follows a WebSocket JSON stream over a real socket: history from `since`, a dropped connection
// resumed without loss or repeats, and the twin's clock never ahead of the newest reading.
import { expect, it } from 'vitest'
import { parseScenario } from '../sim/index.ts'
import { tinyHall } from '../sim/testing/tinyHall.ts'
import { RealWebSocket, startTestWebSocketServer, textFrame } from '../telemetry/testing/webSocketServer.ts'
import { sleep, until } from '../telemetry/testing/prometheusServer.ts'
import { startLiveRun } from './liveRun.ts'

const NOW_S = 1_800_000_000 // the test's wall clock, fixed: the stream's readings are timed from it

it('drives rack A-01 from a stream and resumes from since after a drop', async () => {
  // One reading a second for A-01, 0.10, 0.11, …; the server keeps them all and sends from `since` on.
  const history = Array.from({ length: 20 }, (_, k) => ({
    timestamp: NOW_S - 60 + k,
    asset: 'A-01',
    metric: 'cpu_utilization',
    value: 10 + k,
    unit: '%',
  }))
  let sent = 10 // what exists so far
  const server = await startTestWebSocketServer((socket, sinceS) => {
    const batch = history.slice(0, sent).filter((m) => m.timestamp >= sinceS)
    socket.write(textFrame(JSON.stringify(batch)))
  })
  const scenario = parseScenario(tinyHall({}, (s) => (s.stepS = 1)))
  const run = startLiveRun(
    scenario,
    { kind: 'websocket', url: `${server.url}/telemetry`, allowedOrigins: [server.url] },
    { backfillS: 60, now: () => NOW_S * 1000, WebSocket: RealWebSocket },
  )
  try {
    await until('10 readings', () => run.status().received === 10, 5000)
    run.advance()
    expect(run.sim.nowS).toBe(9) // run time 0 = NOW_S − 60, the first reading; the tenth is at 9 s
    expect(run.sim.world.rackUtilization[0]).toBeCloseTo(0.19, 12)
    server.sockets[0].destroy()
    sent = 20
    await until('the other 10 after reconnecting', () => run.status().received === 20, 5000)
    await sleep(50)
    run.advance()
  } finally {
    run.stop()
    await server.close()
  }
  expect(server.urls).toEqual([`/telemetry?since=${NOW_S - 60}`, `/telemetry?since=${NOW_S - 51}`])
  const times = run.sim.liveLog.flatMap((b) => b.measurements.map((m) => m.timeS - (NOW_S - 60)))
  expect(times).toEqual(Array.from({ length: 20 }, (_, k) => k)) // each once, in order
  expect(run.sim.nowS).toBe(19)
  expect(run.sim.world.rackUtilization[0]).toBeCloseTo(0.29, 12)
  expect(run.sim.world.rackPowerW[0]).toBeCloseTo(10 * (100 + 200 * 0.29), 9)
  expect(run.status()).toMatchObject({ kind: 'websocket', twin: { late: 0, ignored: 0, accepted: 20 } })
})

// createWebSocketSource on a fake socket (reconnects, since, invalid input), then a real one if Node has it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Measurement } from './message.ts'
import type { SourceStatus } from './status.ts'
import { createWebSocketSource, MAX_MESSAGE_CHARS } from './websocket.ts'
import type { WebSocketLike, WebSocketSourceOptions } from './websocket.ts'
import { RealWebSocket, startTestWebSocketServer, textFrame } from './testing/webSocketServer.ts'

/** A socket the test drives by hand: open it, send it frames, drop it. */
class FakeSocket implements WebSocketLike {
  static all: FakeSocket[] = []
  onopen: WebSocketLike['onopen'] = null
  onmessage: WebSocketLike['onmessage'] = null
  onclose: WebSocketLike['onclose'] = null
  onerror: WebSocketLike['onerror'] = null
  closedWith: number | undefined
  constructor(readonly url: string) {
    FakeSocket.all.push(this)
  }
  open() {
    this.onopen?.(new Event('open'))
  }
  frame(data: unknown) {
    this.onmessage?.({ data } as MessageEvent)
  }
  send(...messages: unknown[]) {
    this.frame(JSON.stringify(messages.length === 1 ? messages[0] : messages))
  }
  drop(code = 1006) {
    this.onclose?.({ code, reason: '' } as CloseEvent)
  }
  close(code?: number) {
    this.closedWith = code
  }
}

const reading = (timestamp: number | string, value: number, asset = 'rack-A-01') => ({
  ...{ timestamp, asset, metric: 'inlet_temperature', value, unit: '°C' },
})

/** A source on FakeSocket that logs samples as [asset, timeS, value], statuses and invalid messages. */
function source(options: Partial<WebSocketSourceOptions> = {}) {
  const samples: [string, number, number][] = []
  const statuses: string[] = []
  const problems: string[] = []
  const client = createWebSocketSource({
    url: 'ws://telemetry.test/stream?site=lab',
    WebSocket: FakeSocket,
    random: () => 0,
    onSamples: (batch: Measurement[]) =>
      samples.push(...batch.map((s): [string, number, number] => [s.asset, s.timeS, s.value])),
    onStatus: (s: SourceStatus) =>
      statuses.push(s.state === 'retrying' ? `retry ${s.attempt} in ${s.retryInS} s` : s.state),
    onInvalid: (problem, count) => problems.push(`${count}: ${problem}`),
    ...options,
  })
  return { client, samples, statuses, problems }
}

const latest = () => FakeSocket.all[FakeSocket.all.length - 1]

describe('over a fake socket', () => {
  beforeEach(() => {
    FakeSocket.all = []
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('delivers valid samples, counts and reports the rest, and never throws', () => {
    const { client, samples, problems } = source()
    client.start()
    latest().open()
    latest().send(reading(100, 24))
    // Two in one frame, as an array.
    latest().send(reading('1970-01-01T00:01:41Z', 24.5), { ...reading(101, 30), asset: 'rack-A-02' })
    latest().frame('{"timestamp": 102,')
    latest().frame(new ArrayBuffer(4))
    latest().send({ ...reading(102, 1), metric: 'humidity' }, reading(1_700_000_000_000, 1), reading(102, 25))
    expect(samples).toEqual([
      ['rack-A-01', 100, 24],
      ['rack-A-01', 101, 24.5],
      ['rack-A-02', 101, 30],
      ['rack-A-01', 102, 25],
    ])
    expect(problems).toEqual([
      `1: not JSON: '{"timestamp": 102,'`,
      '2: binary frame: messages must be JSON text',
      '3: metric "humidity" is not one of cpu_utilization, power, inlet_temperature, exhaust_temperature, supply_temperature, return_temperature, cooling_load',
      '4: timestamp 1700000000000 looks like milliseconds; use Unix seconds',
    ])
    expect(client.stats()).toEqual({ delivered: 4, invalid: 4, duplicates: 0, connects: 1, lastS: 102 })
    client.stop()
  })

  it('counts a frame over the size cap as invalid without parsing it, and reads the next one', () => {
    expect(MAX_MESSAGE_CHARS).toBe(1_048_576) // 1 MiB of ASCII: some 10,000 readings of ~100 characters
    // One reading is 89 characters of JSON; an array of two is 181, over a 100-character cap.
    const { client, samples, problems } = source({ maxMessageChars: 100 })
    client.start()
    latest().open()
    latest().send(reading(100, 24), reading(101, 25))
    latest().send(reading(102, 26))
    expect(problems).toEqual(['1: message of 181 characters is over the 100 allowed'])
    expect(samples).toEqual([['rack-A-01', 102, 26]])
    client.stop()
  })

  it('reconnects with since=<latest time> and drops what it has from the resent history', async () => {
    const { client, samples, statuses } = source()
    client.start()
    expect(latest().url).toBe('ws://telemetry.test/stream?site=lab')
    latest().open()
    latest().send(reading(100, 24), { ...reading(103, 31), asset: 'rack-A-02' })
    latest().drop()
    expect(statuses).toEqual(['connecting', 'live', 'retry 1 in 0.5 s'])
    await vi.advanceTimersByTimeAsync(500)
    expect(latest().url).toBe('ws://telemetry.test/stream?site=lab&since=103')
    latest().open()
    // History from 100 s: rack-A-01's 101 and 102 were missed, 100 and rack-A-02's 103 were not.
    latest().send(reading(100, 24), reading(101, 25), reading(102, 26), {
      ...reading(103, 31),
      asset: 'rack-A-02',
    })
    expect(samples.map(([asset, timeS]) => `${asset}@${timeS}`)).toEqual([
      'rack-A-01@100',
      'rack-A-02@103',
      'rack-A-01@101',
      'rack-A-01@102',
    ])
    expect(client.stats()).toMatchObject({ delivered: 4, duplicates: 2, connects: 2, lastS: 103 })
    client.stop()
  })

  it('backs off while the server accepts and drops at once, and starts over after a message', async () => {
    const { client, statuses } = source({ sinceS: 50 })
    client.start()
    expect(latest().url).toBe('ws://telemetry.test/stream?site=lab&since=50')
    for (const waitMs of [500, 1000, 2000]) {
      latest().open()
      latest().drop(1011)
      await vi.advanceTimersByTimeAsync(waitMs)
    }
    latest().open()
    latest().send(reading(60, 20))
    latest().drop(1001)
    expect(statuses).toEqual([
      'connecting',
      'live',
      'retry 1 in 0.5 s',
      'live',
      'retry 2 in 1 s',
      'live',
      'retry 3 in 2 s',
      'live',
      'retry 1 in 0.5 s',
    ])
    await vi.advanceTimersByTimeAsync(500)
    expect(FakeSocket.all.map((s) => new URL(s.url).searchParams.get('since'))).toEqual([
      '50',
      '50',
      '50',
      '50',
      '60',
    ])
    client.stop()
  })

  it('gives up on a socket that does not open in time, and stop closes and stays stopped', async () => {
    const { client, statuses } = source({ openTimeoutS: 5 })
    client.start()
    await vi.advanceTimersByTimeAsync(5000)
    expect(FakeSocket.all[0].closedWith).toBe(1000)
    expect(statuses).toEqual(['connecting', 'retry 1 in 0.5 s'])
    await vi.advanceTimersByTimeAsync(500)
    latest().open()
    client.stop()
    expect(latest().closedWith).toBe(1000)
    latest().drop() // late events of a dropped socket change nothing
    await vi.advanceTimersByTimeAsync(60_000)
    expect(FakeSocket.all.length).toBe(2)
    expect(statuses).toEqual(['connecting', 'retry 1 in 0.5 s', 'live', 'stopped'])
  })

  it('refuses a URL that is not ws(s) and says when there is no WebSocket at all', () => {
    const make = (options: Partial<WebSocketSourceOptions>) => () => source(options)
    expect(make({ url: 'http://telemetry.test/stream' })).toThrow('must start with ws:// or wss://')
    expect(make({ url: 'telemetry.test' })).toThrow("'telemetry.test' is not an absolute URL")
    // Credentials in the URL are refused, and the message does not repeat the password.
    const withPassword = make({ url: 'wss://ops:s3cret@telemetry.test/stream' })
    expect(withPassword).toThrow(
      "WebSocket url 'wss://ops:***@telemetry.test/stream' carries a user name or password",
    )
    expect(withPassword).not.toThrow('s3cret')
    vi.stubGlobal('WebSocket', undefined)
    try {
      expect(make({ WebSocket: undefined })).toThrow('no WebSocket implementation here')
    } finally {
      vi.unstubAllGlobals()
    }
  })
})

describe('over a real socket (node:http upgrade)', () => {
  it('reconnects after the server drops it and gets the missed history through since', async () => {
    const history = [reading(1, 20), reading(2, 21), reading(3, 22)]
    const server = await startTestWebSocketServer((socket, sinceS) => {
      for (const message of history.filter((m) => Number(m.timestamp) >= sinceS))
        socket.write(textFrame(JSON.stringify(message)))
    })
    const { client, samples } = source({
      url: `${server.url}/stream`,
      WebSocket: RealWebSocket,
      backoff: { initialS: 0.05 },
    })
    const until = async (done: () => boolean) => {
      for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 20))
    }
    try {
      client.start()
      await until(() => samples.length === 3)
      server.sockets[0].destroy() // dropped without a close frame; two readings come in meanwhile
      history.push(reading(4, 23), reading(5, 24))
      await until(() => samples.length === 5)
      expect(server.urls).toEqual(['/stream', '/stream?since=3'])
      expect(samples.map(([, timeS]) => timeS)).toEqual([1, 2, 3, 4, 5])
      expect(client.stats()).toMatchObject({ delivered: 5, duplicates: 1, invalid: 0, connects: 2 })
    } finally {
      client.stop()
      await server.close()
    }
  })
})

// Test setup: a minimal WebSocket server on 127.0.0.1 (node:http upgrade, RFC 6455 handshake, text frames).
import { createHash } from 'node:crypto'
import { createServer } from 'node:http'
import type { Socket } from 'node:net'
import { WebSocket as UndiciWebSocket } from 'undici'

/** Server → client text frame: FIN + text opcode, unmasked, 7/16/64-bit length (RFC 6455 §5.2). */
export function textFrame(text: string): Buffer {
  const payload = Buffer.from(text)
  const length = payload.length
  const header =
    length < 126
      ? Buffer.from([0x81, length])
      : length < 65_536
        ? Buffer.from([0x81, 126, length >> 8, length & 0xff])
        : Buffer.concat([
            Buffer.from([0x81, 127]),
            Buffer.from(new BigUint64Array([BigInt(length)]).buffer).reverse(),
          ])
  return Buffer.concat([header, payload])
}

// Node 20 has no global WebSocket (Node 22 has): tests then use undici's, the same implementation Node ships.
export const RealWebSocket = (globalThis.WebSocket ?? UndiciWebSocket) as unknown as typeof WebSocket

export interface TestWebSocketServer {
  url: string
  /** Request paths of every connection, in order. */
  urls: string[]
  /** Every connection's socket, in order; destroy one to drop it without a close frame. */
  sockets: Socket[]
  close(): Promise<void>
}

/** Accepts every upgrade and calls `onConnect` with the socket and the `since` query parameter (−∞ if none). */
export async function startTestWebSocketServer(
  onConnect: (socket: Socket, sinceS: number) => void,
): Promise<TestWebSocketServer> {
  const urls: string[] = []
  const sockets: Socket[] = []
  const server = createServer((_, res) => res.writeHead(426).end())
  server.on('upgrade', (req, socket: Socket) => {
    urls.push(req.url ?? '')
    sockets.push(socket)
    const accept = createHash('sha1')
      .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`)
      .digest('base64')
    const head = ['HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade']
    socket.write(`${head.join('\r\n')}\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`)
    onConnect(socket, Number(new URL(req.url ?? '', 'http://x').searchParams.get('since') ?? -Infinity))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return {
    url: `ws://127.0.0.1:${port}`,
    urls,
    sockets,
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

// readBoundedText: stops an endless body at the cap, refuses a declared length at once, decodes across chunks.
import { expect, it } from 'vitest'
import { readBoundedText } from './boundedBody.ts'

const encoder = new TextEncoder()

it('cancels a body that never ends once it passes the cap, having pulled only the chunks up to it', async () => {
  let pulled = 0
  let cancelled = false
  const endless = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++
      controller.enqueue(new Uint8Array(1000))
    },
    cancel() {
      cancelled = true
    },
  })
  const reply = readBoundedText(new Response(endless), 10_000, 'the reply from a test')
  await expect(reply).rejects.toThrow('the reply from a test is larger than 10000 bytes')
  // 11 chunks of 1,000 bytes pass 10,000; the stream may have queued one more ahead of the reader.
  expect(pulled).toBeGreaterThanOrEqual(11)
  expect(pulled).toBeLessThanOrEqual(13)
  expect(cancelled).toBe(true)
})

it('refuses a reply whose Content-Length is over the cap before reading it', async () => {
  let pulled = 0
  const body = new ReadableStream<Uint8Array>({ pull: () => void pulled++ })
  const response = new Response(body, { headers: { 'content-length': String(128 * 1024 * 1024) } })
  await expect(readBoundedText(response, 64 * 1024 * 1024, 'a reply')).rejects.toThrow(
    'a reply is larger than 64 MiB',
  )
  expect(pulled).toBeLessThanOrEqual(1) // at most the stream's own first pull, never read
})

it('reads a body at the cap whole, with a character split across two chunks', async () => {
  const bytes = encoder.encode('22 °C') // 6 bytes: ° is two
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, 4)) // ends inside the °
      controller.enqueue(bytes.slice(4))
      controller.close()
    },
  })
  expect(await readBoundedText(new Response(body), 6, 'a reply')).toBe('22 °C')
})

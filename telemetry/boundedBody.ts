// readBoundedText: an HTTP reply's body as text, read as a stream and refused once it passes a size cap.

/** A reply whose body is longer than the reader agreed to hold. */
export class ReplyTooLargeError extends Error {
  override name = 'ReplyTooLargeError'
}

const MIB = 1024 * 1024
const sizeText = (bytes: number) => (bytes >= MIB ? `${bytes / MIB} MiB` : `${bytes} bytes`)

/**
 * The body of `response` decoded as UTF-8, read chunk by chunk so that a reply past `maxBytes` is
 * cancelled as soon as it gets there (and one that says so in Content-Length before a byte is read),
 * instead of being held whole in memory first.
 * @throws ReplyTooLargeError naming `what` and the cap
 */
export async function readBoundedText(response: Response, maxBytes: number, what: string): Promise<string> {
  const tooLarge = () => new ReplyTooLargeError(`${what} is larger than ${sizeText(maxBytes)}`)
  const declared = Number(response.headers.get('content-length') ?? NaN)
  if (declared > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  if (response.body === null) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parts: string[] = []
  let read = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    read += value.byteLength
    if (read > maxBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    parts.push(decoder.decode(value, { stream: true }))
  }
  parts.push(decoder.decode())
  return parts.join('')
}

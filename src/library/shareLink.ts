// Share by URL: the hall's minified JSON, deflate-raw compressed (the browser's CompressionStream, no library) and
// base64url-encoded into the fragment `#s=1.<data>`, which browsers never send to a server.
// docs/hall.md#share-links gives the format, the measured lengths and the limits below.
import type { ScenarioInput } from '../../sim/index.ts'
import { fromBase64Url, toBase64Url } from './base64url.ts'

/** The fragment's key and format version: a later format (a preset dictionary, say) gets `#s=2.`. */
const SHARE_KEY = '#s='
const FORMAT = '1'

/** Chromium opened a 2,097,103-character URL and refused 2.2 M: stay under its 2 MiB cap with a round number. */
export const MAX_LINK_CHARS = 2_000_000
/** A 2 MB link inflates to at most ~1000× its size; no real hall needs more than this (large-hall.json: 24 KB). */
export const MAX_INFLATED_BYTES = 4 * 1024 * 1024

/** True when a URL fragment (location.hash) carries a shared hall. */
export const isShareFragment = (hash: string): boolean => hash.startsWith(SHARE_KEY)

/** The share link to `doc` on the page at `baseUrl` (its own fragment dropped); throws when too long to share. */
export async function shareLinkOf(doc: ScenarioInput, baseUrl: string): Promise<string> {
  const packed = await deflateRaw(new TextEncoder().encode(JSON.stringify(doc)))
  const link = `${baseUrl.replace(/#.*$/, '')}${SHARE_KEY}${FORMAT}.${toBase64Url(packed)}`
  if (link.length > MAX_LINK_CHARS) {
    throw new Error(
      `too large to share by link: ${link.length.toLocaleString('en')} characters; export the file instead`,
    )
  }
  return link
}

/** The document a share fragment carries, parsed from JSON but not validated; throws "share link is damaged: …". */
export async function readShareFragment(hash: string): Promise<unknown> {
  try {
    return await unpack(hash)
  } catch (error) {
    throw new Error(`share link is damaged: ${(error as Error).message}`, { cause: error })
  }
}

async function unpack(hash: string): Promise<unknown> {
  if (!isShareFragment(hash)) throw new Error('it has no "#s=" part')
  const body = hash.slice(SHARE_KEY.length)
  const dot = body.indexOf('.')
  const format = dot < 0 ? '' : body.slice(0, dot)
  if (format !== FORMAT) {
    throw new Error(`format "${format}" is not one this Plenum reads (it reads format ${FORMAT})`)
  }
  const bytes = await inflateRaw(fromBase64Url(body.slice(dot + 1)))
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new Error('the data is not UTF-8 text')
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`not JSON: ${(error as Error).message}`, { cause: error })
  }
}

async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** Inflates, reading no more than MAX_INFLATED_BYTES: a small link must not unpack into gigabytes. */
async function inflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
  const reader = stream.getReader()
  const parts: Uint8Array[] = []
  let total = 0
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>
    try {
      chunk = await reader.read()
    } catch (error) {
      throw new Error(`the data does not inflate (${(error as Error).message})`, { cause: error })
    }
    if (chunk.done) break
    total += chunk.value.length
    if (total > MAX_INFLATED_BYTES) {
      void reader.cancel()
      throw new Error(`it unpacks to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB`)
    }
    parts.push(chunk.value)
  }
  const out = new Uint8Array(total)
  let at = 0
  for (const part of parts) {
    out.set(part, at)
    at += part.length
  }
  return out
}

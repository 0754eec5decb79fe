// Share links round trip the document; damaged and oversized links fail with their reason. Encoded strings are
// never compared: the compressor's bytes differ between Node and Chromium (docs/hall.md#share-links).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ScenarioInput } from '../../sim/index.ts'
import { toBase64Url } from './base64url.ts'
import { MAX_LINK_CHARS, readShareFragment, shareLinkOf } from './shareLink.ts'

const BASE = 'http://localhost:4173/'
const scenario = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')) as ScenarioInput
const fragmentOf = (link: string) => link.slice(link.indexOf('#'))

async function packed(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  return `#s=1.${toBase64Url(new Uint8Array(await new Response(stream).arrayBuffer()))}`
}

describe('share links', () => {
  it.each(['default', 'large-hall', 'jobs'])('%s.json comes back as the same document', async (name) => {
    const doc = scenario(name)
    const link = await shareLinkOf(doc, `${BASE}#s=1.old`)
    expect(link.startsWith(`${BASE}#s=1.`)).toBe(true)
    expect(link.indexOf('#')).toBe(BASE.length) // the page's old fragment is replaced, not kept
    expect(await readShareFragment(fragmentOf(link))).toEqual(doc)
    console.log(`${name}.json: ${JSON.stringify(doc).length} B minified, link ${link.length} characters`)
  })

  it('keeps non-ASCII names (UTF-8 through the compressor)', async () => {
    const doc = { ...scenario('default'), name: 'Salle Nord – Zürich 机房' }
    expect(await readShareFragment(fragmentOf(await shareLinkOf(doc, BASE)))).toEqual(doc)
  })

  it('says why a damaged link cannot be read', async () => {
    const damaged = (hash: string) =>
      readShareFragment(hash).then(
        () => 'read',
        (e: Error) => e.message,
      )
    expect(await damaged('#s=1.ab$cd')).toBe('share link is damaged: "$" at character 3 is not base64url')
    expect(await damaged('#s=2.abcd')).toMatch(/damaged: format "2" is not one this Plenum reads/)
    expect(await damaged('#s=abcd')).toMatch(/damaged: format "" is not/)
    expect(await damaged('#s=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA')).toMatch(
      /^share link is damaged: the data does not inflate/,
    )
    expect(await damaged(await packed('{"version": 1, "name": '))).toMatch(/^share link is damaged: not JSON/)
    // A link cut short mid-way: the deflate stream ends early.
    const whole = fragmentOf(await shareLinkOf(scenario('default'), BASE))
    expect(await damaged(whole.slice(0, whole.length / 2))).toMatch(/^share link is damaged: /)
  })

  it('refuses to unpack more than 4 MB (5 MB of spaces packs into a few KB)', async () => {
    const bomb = await packed(' '.repeat(5 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(20_000)
    await expect(readShareFragment(bomb)).rejects.toThrow(
      'share link is damaged: it unpacks to more than 4 MB',
    )
  })

  it('refuses to make a link over 2,000,000 characters', async () => {
    // Pseudo-random letters (xorshift32, fixed seed) pack to ~4.7 bits each: 3.2 M of them make ~2.5 M characters.
    let x = 12345
    const letters = Array.from({ length: 3_200_000 }, () => {
      x ^= x << 13
      x ^= x >>> 17
      x ^= x << 5
      return String.fromCharCode(97 + ((x >>> 0) % 26))
    }).join('')
    const doc = { ...scenario('default'), description: letters }
    const error = await shareLinkOf(doc, BASE).then(
      () => null,
      (e: Error) => e.message,
    )
    expect(error).toMatch(/^too large to share by link: [\d,]+ characters; export the file instead$/)
    expect(Number(error?.replace(/\D/g, ''))).toBeGreaterThan(MAX_LINK_CHARS)
  }, 60_000)
})

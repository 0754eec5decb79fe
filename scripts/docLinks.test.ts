// Every docs/physics.md#anchor cited in code or docs is a heading of docs/physics.md, and no citation points
// to numbered notes outside the repository (`physics.md §2b`), so a renamed section cannot leave dead links.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const SKIP = new Set(['node_modules', 'dist', '.git', 'test-fixtures', 'coverage'])
const TEXT = /\.(ts|tsx|md|json|html)$/

/** GitHub's heading anchor: lower case, punctuation dropped (letters, digits, _ and - kept), spaces to '-'. */
export function githubAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\- ]/gu, '')
    .replace(/ /g, '-')
}

/** Anchors of a markdown text's headings, outside fenced code; a repeated heading gets -1, -2 as on GitHub. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (!heading) continue
    const base = githubAnchor(heading[1])
    let anchor = base
    for (let k = 1; anchors.has(anchor); k++) anchor = `${base}-${k}`
    anchors.add(anchor)
  }
  return anchors
}

function* textFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name === 'package-lock.json') continue
    const path = join(dir, name)
    const stat = statSync(path)
    if (stat.isDirectory()) yield* textFiles(path)
    else if (TEXT.test(name) && stat.size < 4_000_000) yield path
  }
}

/** Each line citing physics.md: file:line and the anchor (or the old numbered form) it cites. */
function citations(): { at: string; anchor?: string; numbered?: string }[] {
  const found: { at: string; anchor?: string; numbered?: string }[] = []
  for (const path of textFiles(ROOT)) {
    const file = relative(ROOT, path)
    if (file === join('scripts', 'docLinks.test.ts')) continue // its own examples
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, k) => {
        const at = `${file}:${k + 1}`
        for (const m of line.matchAll(/physics\.md\)?#([\p{L}\p{N}_-]+)/gu)) found.push({ at, anchor: m[1] })
        // Links inside physics.md itself: [text](#anchor).
        if (file === join('docs', 'physics.md'))
          for (const m of line.matchAll(/\]\(#([^)]*)\)/g)) found.push({ at, anchor: m[1] })
        for (const m of line.matchAll(/physics\.md\s*(§\s*[\w.]+)/gu)) found.push({ at, numbered: m[1] })
      })
  }
  return found
}

it('githubAnchor follows GitHub: punctuation dropped, spaces to hyphens', () => {
  expect(githubAnchor('Cooling redundancy and A/B feed subscription')).toBe(
    'cooling-redundancy-and-ab-feed-subscription',
  )
  expect(githubAnchor("Server power: OpenDC's MSE model")).toBe('server-power-opendcs-mse-model')
  expect(anchorsOf('# A\n```\n# not a heading\n```\n## A')).toEqual(new Set(['a', 'a-1']))
})

it('every physics.md#anchor cited in the repository is a heading of docs/physics.md', () => {
  const anchors = anchorsOf(readFileSync(join(ROOT, 'docs', 'physics.md'), 'utf8'))
  const all = citations()
  const dead = all.filter((c) => c.anchor !== undefined && !anchors.has(c.anchor))
  expect(dead.map((c) => `${c.at}: #${c.anchor} is no heading of docs/physics.md`)).toEqual([])
  expect(all.filter((c) => c.anchor).length).toBeGreaterThan(20)
})

it('no citation points to numbered notes outside the repository (physics.md §…)', () => {
  const numbered = citations().filter((c) => c.numbered)
  expect(
    numbered.map((c) => `${c.at}: cites physics.md ${c.numbered}; cite docs/physics.md#<section>`),
  ).toEqual([])
})

it('the contents of docs/physics.md list every section, in order', () => {
  const text = readFileSync(join(ROOT, 'docs', 'physics.md'), 'utf8')
  const sections = [...text.matchAll(/^## (.+)$/gm)]
    .map((m) => githubAnchor(m[1]))
    .filter((a) => a !== 'contents')
  const contents = /^## Contents\n([\s\S]*?)\n## /m.exec(text)?.[1] ?? ''
  const listed = [...contents.matchAll(/^- \[[^\]]*\]\(#([^)]+)\)/gm)].map((m) => m[1])
  // A new section needs its line under "## Contents" (docs/physics.md), in the order the sections appear.
  expect(listed).toEqual(sections)
})

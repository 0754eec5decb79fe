// Two forecast documents compared as a reviewer would: the same keys, array lengths, strings and nulls, and
// numbers either equal or apart by a relative difference that is reported: what a failing byte-for-byte check
// says (how many numbers, how far, the first path), e.g. if sim/ called Math.exp again, which Chromium and Node
// round differently in the last bit.

export interface DocDiff {
  numbers: number
  /** Numbers not bit-identical. */
  differing: number
  /** Largest |a − b| / max(|a|, |b|) over the numbers. */
  maxRelative: number
  /** JSON path of the first number that differs ('' when none). */
  first: string
}

/** @throws Error naming the JSON path where the two differ in shape, a string or a null */
export function diffDocs(a: unknown, b: unknown, path = '$', diff: DocDiff = blank()): DocDiff {
  if (typeof a === 'number' && typeof b === 'number') {
    diff.numbers++
    if (a !== b) {
      diff.differing++
      diff.maxRelative = Math.max(diff.maxRelative, Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b)))
      diff.first ||= path
    }
  } else if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) throw new Error(`${path}: ${a.length} items against ${b.length}`)
    a.forEach((v, i) => diffDocs(v, b[i], `${path}[${i}]`, diff))
  } else if (a && b && typeof a === 'object' && typeof b === 'object') {
    const [ka, kb] = [Object.keys(a), Object.keys(b)]
    if (ka.join() !== kb.join()) throw new Error(`${path}: keys ${ka.join()} against ${kb.join()}`)
    for (const k of ka)
      diffDocs((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, diff)
  } else if (a !== b) throw new Error(`${path}: ${JSON.stringify(a)} against ${JSON.stringify(b)}`)
  return diff
}

const blank = (): DocDiff => ({ numbers: 0, differing: 0, maxRelative: 0, first: '' })

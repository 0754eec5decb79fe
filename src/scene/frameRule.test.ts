import { describe, expect, it } from 'vitest'
import { needsFraming } from './frameRule.ts'

const room = { widthM: 16, depthM: 12, heightM: 3.5 }
const doc = { name: 'a' }

describe('needsFraming', () => {
  it('frames the first hall', () => {
    expect(needsFraming(null, doc, 0, room)).toBe(true)
  })

  it('keeps the camera for an edit, an undo or a restarted run of the hall on screen', () => {
    const last = { doc, widthM: 16, depthM: 12 }
    expect(needsFraming(last, { name: 'a', moved: true }, 1, room)).toBe(false) // an edit: rev ≥ 1
    expect(needsFraming(last, doc, 0, room)).toBe(false) // a trace or a lost worker: the same document
  })

  it('frames another hall opened, or a room of another size', () => {
    const last = { doc, widthM: 16, depthM: 12 }
    expect(needsFraming(last, { name: 'b' }, 0, room)).toBe(true)
    expect(needsFraming(last, { name: 'a', wider: true }, 3, { ...room, widthM: 20 })).toBe(true)
  })
})

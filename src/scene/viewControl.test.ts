import { describe, expect, it } from 'vitest'
import { glide } from './viewControl.ts'

const from = {
  position: [0, 10, 0] as [number, number, number],
  target: [0, 0, 0] as [number, number, number],
}
const to = {
  position: [8, 2, -4] as [number, number, number],
  target: [4, 0, -4] as [number, number, number],
}

describe('glide', () => {
  it('eases in and out: smoothstep 3t² − 2t³ of the time, exactly the end at and after 1', () => {
    // t = 0.25: 3/16 − 2/64 = 0.15625 of the way; t = 0.5: half.
    expect(glide(from, to, 0.25).position).toEqual([1.25, 10 - 8 * 0.15625, -0.625])
    expect(glide(from, to, 0.5)).toEqual({ position: [4, 6, -2], target: [2, 0, -2] })
    expect(glide(from, to, 1)).toEqual(to)
    expect(glide(from, to, 3)).toEqual(to)
    expect(glide(from, to, -1)).toEqual(from)
  })
})

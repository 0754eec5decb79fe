import { expect, it } from 'vitest'
import { windowRange } from './windowRange.ts'

it('holds the range of the last window, bounds inclusive', () => {
  const range = windowRange(900)
  expect(range(0, 20)).toBe(0)
  expect(range(600, 26)).toBe(6)
  expect(range(900, 25)).toBe(6) // the 0 s sample sits exactly on the window edge: still in
  expect(range(901, 25)).toBe(1) // now it has left
  expect(range(1600, 19)).toBe(6) // 26 at 600 s has left; 25 at 900 s has not
})

it('agrees with a brute-force scan on an irregularly sampled wiggly signal (buffers grow past 16)', () => {
  const windowS = 300
  const range = windowRange(windowS)
  const seen: [number, number][] = []
  let timeS = 0
  for (let k = 0; k < 2000; k++) {
    timeS += 1 + (k % 7) // 1–7 s steps: up to 300 samples in a window
    const valueC = 20 + 5 * Math.sin(k / 37) + Math.sin(k * 1.7)
    seen.push([timeS, valueC])
    const inWindow = seen.filter(([t]) => t >= timeS - windowS).map(([, v]) => v)
    expect(range(timeS, valueC)).toBe(Math.max(...inWindow) - Math.min(...inWindow))
  }
})

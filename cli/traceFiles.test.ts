// Progress lines for trace reads: every 10 % or every second, none for small reads, and a final 100 %.
import { expect, it } from 'vitest'
import { createProgress } from './traceFiles.ts'

function recorder() {
  const lines: string[] = []
  let ms = 0
  return {
    lines,
    write: (line: string) => lines.push(line),
    now: () => ms,
    wait: (s: number) => (ms += s * 1000),
  }
}

it('prints a line each 10 % and 100 % at the end, in MB', () => {
  const r = recorder()
  const progress = createProgress(200e6, 'MB', false, r.write, r.now)
  for (let mb = 1; mb < 200; mb++) progress.update(mb * 1e6)
  progress.finish()
  expect(r.lines).toHaveLength(10)
  expect(r.lines[0]).toBe('trace: 10 % (20.0 of 200.0 MB)\n')
  expect(r.lines[4]).toBe('trace: 50 % (100.0 of 200.0 MB)\n')
  expect(r.lines.at(-1)).toBe('trace: 100 % (200.0 of 200.0 MB)\n')
})

it('prints a line each second for slow reads, by files', () => {
  const r = recorder()
  const progress = createProgress(1000, 'files', false, r.write, r.now)
  progress.update(10)
  r.wait(0.5)
  progress.update(20)
  r.wait(0.6)
  progress.update(30)
  expect(r.lines).toEqual(['trace: 3 % (30 of 1000 files)\n'])
})

it('prints nothing when quiet, nor a 100 % line after nothing', () => {
  const r = recorder()
  const quiet = createProgress(100, 'files', true, r.write, r.now)
  quiet.update(50)
  quiet.finish()
  const fast = createProgress(100, 'files', false, r.write, r.now)
  fast.update(100)
  fast.finish()
  expect(r.lines).toEqual([])
})

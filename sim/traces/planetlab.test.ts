// PlanetLab importer: hand-made files, malformed lines, fuzzing, and the 20110303 day's own statistics (a
// committed cut always, the whole day when the shared data is there).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectLinearTime } from '../../test-fixtures/linearTime.ts'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { planetLabReader } from './planetlab.ts'
import { parsePlanetLab } from '../testing/wholeText.ts'
import { TraceError } from './series.ts'

const DAY = sharedData('planetlab/20110303', 'PlanetLab 20110303, all 1052 VMs')

it('reads one percentage per line as value / 100 every 300 s, skipping blank lines, CRLF or LF', () => {
  const vm = parsePlanetLab('12\r\n0\r\n\r\n99\r\n', 'host_slice')
  expect(vm.id).toBe('host_slice')
  expect(vm.startS).toBe(0)
  expect(vm.stepS).toBe(300)
  expect([...vm.timesS]).toEqual([0, 300, 600])
  expect([...vm.utilization]).toEqual([0.12, 0, 0.99])
})

it('names the file and line of a bad value', () => {
  expect(() => parsePlanetLab('12\n7.5\n', 'vm')).toThrow(
    new TraceError('vm', 2, 'expected an integer percentage 0..100, got "7.5"'),
  )
  expect(() => parsePlanetLab('101\n', 'vm')).toThrow(
    'vm:1: expected an integer percentage 0..100, got "101"',
  )
  expect(() => parsePlanetLab('-1\n', 'vm')).toThrow(TraceError)
  expect(() => parsePlanetLab('\n\n', 'vm')).toThrow('vm: no samples')
})

it('refuses a long bad line in time linear in its length', () => {
  const parse = (text: string) => parsePlanetLab(text, 'vm')
  expectLinearTime('padded value', (n) => `${' '.repeat(n)}12${' '.repeat(n)}x`, parse)
  expectLinearTime('digits', (n) => `${'1'.repeat(n)}x`, parse)
}, 60_000)

it('gives the same series however the text is chunked', () => {
  const text = Array.from({ length: 288 }, (_, i) => `${(i * 37) % 100}`).join('\n') + '\n'
  const reader = planetLabReader('vm')
  for (let i = 0; i < text.length; i += 7) reader.push(text.slice(i, i + 7))
  expect(reader.finish()).toEqual(parsePlanetLab(text, 'vm'))
})

it('returns a series or throws a TraceError on any input, never another error', () => {
  const unit = fc.constantFrom('1', '0', '9', '\n', '\r', ' ', '-', '.', 'x', '\u0000')
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
      try {
        const vm = parsePlanetLab(text, 'fuzz')
        expect(vm.timesS.length).toBe(vm.utilization.length)
      } catch (error) {
        expect(error).toBeInstanceOf(TraceError)
      }
    }),
  )
})

/**
 * A folder of VM files against the raw integers read straight from the text: counts, mean and nearest-rank
 * p95, pinned so a changed input is noticed.
 */
function expectDay(dir: string, expected: { vms: number; spaced: number; mean: number; p95Percent: number }) {
  const names = readdirSync(dir).sort()
  const texts = names.map((name) => readFileSync(join(dir, name), 'utf8'))
  const series = texts.map((text, i) => parsePlanetLab(text, names[i]))
  expect(series).toHaveLength(expected.vms)
  expect(series.every((vm) => vm.utilization.length === 288)).toBe(true)
  expect(series.filter((vm) => vm.id.includes(' '))).toHaveLength(expected.spaced)

  // Independently: the raw integers, straight from the text.
  const raw = texts.flatMap((text) => text.trim().split('\n').map(Number)).sort((a, b) => a - b)
  const parsed = series.flatMap((vm) => [...vm.utilization]).sort((a, b) => a - b)
  const p95 = (xs: number[]) => xs[Math.ceil(0.95 * xs.length) - 1]
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
  expect(raw).toHaveLength(expected.vms * 288)
  expect(mean(parsed)).toBeCloseTo(mean(raw) / 100, 12)
  expect(p95(parsed)).toBe(p95(raw) / 100)
  expect(mean(raw) / 100).toBeCloseTo(expected.mean, 6)
  expect(p95(raw)).toBe(expected.p95Percent)
}

it('reads the committed cut of 20110303: 3 VMs × 288 samples, one file name with a space', () => {
  expectDay(fixture('planetlab'), { vms: 3, spaced: 1, mean: 0.400463, p95Percent: 77 })
})

describe.skipIf(!DAY)('PlanetLab 20110303, all 1052 VMs', () => {
  it('has 1052 VMs × 288 samples, and the mean and p95 of the raw integers', () => {
    // Nearest-rank p95 measured once from the raw files and pinned.
    expectDay(DAY, { vms: 1052, spaced: 50, mean: 0.123144, p95Percent: 50 })
  })
})

// Bitbrains importer: header, seconds vs milliseconds, the row policy, fuzzing, and the Rnd day's statistics
// (a committed cut always, all 50 VMs when the shared data is there).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectLinearTime } from '../../test-fixtures/linearTime.ts'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { parseBitbrains } from '../testing/wholeText.ts'
import { TraceError } from './series.ts'

const RND = sharedData('bitbrains_rnd/2013-7_first24h', 'Bitbrains Rnd 2013-7, all 50 VMs')
const HEADER = [
  'Timestamp [ms]',
  'CPU cores',
  'CPU capacity provisioned [MHZ]',
  'CPU usage [MHZ]',
  'CPU usage [%]',
  'Memory usage [KB]',
].join(';\t')
const row = (t: number, capacityMhz: number, usageMhz: number) =>
  `${t};\t2;\t${capacityMhz};\t${usageMhz};\t${(100 * usageMhz) / (capacityMhz || 1)};\t1024.0`

it('reads utilisation = usage / provisioned MHz, times relative to the first sample', () => {
  const vm = parseBitbrains(
    [HEADER, row(1372629804, 5000, 500), row(1372630104, 5000, 2500)].join('\n'),
    '1.csv',
    '1',
  )
  expect(vm).toMatchObject({ id: '1', startS: 1372629804, stepS: 300 })
  expect([...vm.timesS]).toEqual([0, 300])
  expect([...vm.utilization]).toEqual([0.1, 0.5])
  expect(vm.warnings).toEqual({ outOfOrder: 0, duplicates: 0 })
})

it('reads timestamps in seconds (as the files hold) and in milliseconds (as the header claims) alike', () => {
  const seconds = parseBitbrains(
    [HEADER, row(1372629804, 4000, 1000), row(1372630104, 4000, 0)].join('\n'),
    'f',
  )
  const millis = parseBitbrains(
    [HEADER, row(1372629804000, 4000, 1000), row(1372630104000, 4000, 0)].join('\n'),
    'f',
  )
  expect(millis).toEqual(seconds)
})

it('sorts out-of-order rows, keeps the last of duplicate times, and counts both', () => {
  const text = [HEADER, row(600, 1000, 300), row(0, 1000, 100), row(300, 1000, 200), row(300, 1000, 250)]
  const vm = parseBitbrains(text.join('\n'), 'f')
  expect([...vm.timesS]).toEqual([0, 300, 600])
  expect([...vm.utilization]).toEqual([0.1, 0.25, 0.3])
  expect(vm.warnings).toEqual({ outOfOrder: 1, duplicates: 1 })
})

it('reads a switched-off VM (0 MHz provisioned, 0 used) as 0 and refuses usage without capacity', () => {
  expect([...parseBitbrains([HEADER, row(0, 0, 0)].join('\n'), 'f').utilization]).toEqual([0])
  expect(() => parseBitbrains([HEADER, row(0, 0, 5)].join('\n'), 'f')).toThrow(
    new TraceError('f', 2, 'CPU usage 5 MHz with no provisioned capacity'),
  )
})

it('names the file and line of a broken header or row', () => {
  expect(() => parseBitbrains('Timestamp;\tCPU cores\n1;\t2', 'f')).toThrow(/^f:1: header lacks a column/)
  expect(() => parseBitbrains(`${HEADER}\n${row(0, 1, 1)}\n1;\t2`, 'f')).toThrow(
    'f:3: expected 4+ fields, got 2',
  )
  expect(() => parseBitbrains(`${HEADER}\n0;\t2;\tabc;\t1`, 'f')).toThrow('f:2: CPU capacity must be')
  expect(() => parseBitbrains(HEADER, 'f')).toThrow('f: no samples')
  expect(() => parseBitbrains('', 'f')).toThrow('f: no header line')
})

it('refuses capacities outside 1 MHz..10 THz, so utilisation stays finite, and dates outside 1970..2200', () => {
  const one = (t: number, capacity: string, usage = '1') =>
    parseBitbrains(`${HEADER}\n${t};\t2;\t${capacity};\t${usage}`, 'f')
  expect(() => one(0, '5e-324')).toThrow(
    new TraceError('f', 2, 'CPU capacity 5e-324 MHz is outside 1..10000000 MHz (0 for a switched-off VM)'),
  )
  expect(() => one(0, '0.5')).toThrow('f:2: CPU capacity 0.5 MHz is outside')
  expect(() => one(0, '1e308')).toThrow('f:2: CPU capacity 1e+308 MHz is outside')
  expect(() => one(0, '1000', '1e300')).toThrow('f:2: CPU usage 1e+300 MHz is above 10000000 MHz')
  expect([...one(0, '1', '1').utilization]).toEqual([1])
  expect(() => one(9e10, '1000')).toThrow('f:2: timestamp "90000000000" is outside 1970-01-01..2200-01-01')
})

it('refuses a long bad number or header in time linear in its length', () => {
  const parse = (text: string) => parseBitbrains(text, 'f')
  expectLinearTime('capacity', (n) => `${HEADER}\n0;\t2;\t${'1'.repeat(n)}x;\t1`, parse)
  expectLinearTime('header', (n) => `Timestamp${' '.repeat(n)}x;\tCPU cores`, parse)
}, 60_000)

it('returns a series or throws a TraceError on any input, never another error', () => {
  const unit = fc.constantFrom('1', '0', '.', 'e', '-', ';', '\t', '\n', 'x', ' ')
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 80 }), (body) => {
      try {
        parseBitbrains(`${HEADER}\n${body}`, 'fuzz')
      } catch (error) {
        expect(error).toBeInstanceOf(TraceError)
      }
    }),
  )
})

/**
 * VM files `ids` of a Bitbrains Rnd folder against the files' own `CPU usage [%]` column, read straight from
 * the text: every sample within 1e-9, the idle VMs, VM 14 starting a month late, and pinned statistics.
 */
function expectRnd(dir: string, ids: string[], expected: { samples: number; idle: string[]; mean: number }) {
  const texts = ids.map((id) => readFileSync(join(dir, `${id}.csv`), 'utf8'))
  const series = texts.map((text, i) => parseBitbrains(text, `${ids[i]}.csv`, ids[i]))
  expect(series.every((vm) => vm.utilization.length === expected.samples && vm.stepS === 300)).toBe(true)
  expect(series.filter((vm) => vm.utilization.every((u) => u === 0)).map((vm) => vm.id)).toEqual(
    expected.idle,
  )
  expect(series[ids.indexOf('14')].startS).toBe(1375093346)
  expect(series[0].startS).toBe(1372629804)
  expect(series.every((vm) => vm.warnings?.outOfOrder === 0 && vm.warnings.duplicates === 0)).toBe(true)
  // Independently: column 5 of every data row, as percent.
  const percent = texts.flatMap((text) =>
    text
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(';')[4]) / 100),
  )
  const parsed = series.flatMap((vm) => [...vm.utilization])
  expect(parsed).toHaveLength(ids.length * expected.samples)
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
  expect(Math.max(...parsed.map((u, i) => Math.abs(u - percent[i])))).toBeLessThan(1e-9)
  expect(mean(parsed)).toBeCloseTo(mean(percent), 12)
  expect(mean(parsed)).toBeCloseTo(expected.mean, 6)
}

it('reads the committed cut of Rnd 2013-7: VMs 1, 2 (idle) and 14, 4 h each', () => {
  expectRnd(fixture('bitbrains_rnd'), ['1', '2', '14'], { samples: 48, idle: ['2'], mean: FIXTURE_MEAN })
})

describe.skipIf(!RND)('Bitbrains Rnd 2013-7, 50 VMs, first 24 h', () => {
  it('has 50 VMs × 288 samples, 9 idle all day, VM 14 a month late, mean 3.95 %, max 105.3 %', () => {
    const ids = Array.from({ length: 50 }, (_, i) => String(i + 1))
    const idle = ['2', '38', '44', '45', '46', '47', '48', '49', '50']
    expectRnd(RND, ids, { samples: 288, idle, mean: 0.0395471 })
    const peak = Math.max(
      ...ids.map((id) =>
        Math.max(...parseBitbrains(readFileSync(join(RND, `${id}.csv`), 'utf8'), id).utilization),
      ),
    )
    expect(peak).toBeCloseTo(1.05275, 5)
  })
})

/** The committed cut's mean utilisation, measured once and pinned. */
const FIXTURE_MEAN = 0.106553

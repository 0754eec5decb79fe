// OpenDC importer on bitbrains-small (a committed cut always, all 50 tasks when the shared data is there),
// checked against hyparquet's raw rows; broken files → TraceError.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { parquetReadObjects } from 'hyparquet'
import { describe, expect, it } from 'vitest'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { parseOpenDc } from './opendc.ts'
import { TraceError } from './series.ts'

const DIR = sharedData('opendc_bitbrains_small', 'OpenDC bitbrains-small, all 50 tasks')
const load = (path: string) => {
  const bytes = readFileSync(path)
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
}

/** Resolves to 'ok' or 'trace'; any other rejection fails the test. */
async function outcome(run: Promise<unknown>): Promise<'ok' | 'trace'> {
  try {
    await run
    return 'ok'
  } catch (error) {
    if (error instanceof TraceError) return 'trace'
    throw error
  }
}

it('refuses bytes that are not Parquet with a TraceError naming the file', async () => {
  const junk = new TextEncoder().encode('timestamp,asset\n1,a\n').buffer
  await expect(parseOpenDc(junk, junk, { tasks: 't.parquet', fragments: 'f.parquet' })).rejects.toThrow(
    /^t\.parquet: not a readable Parquet file/,
  )
})

it('returns series or rejects with a TraceError for random bytes, never another error', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
      const buffer = bytes.buffer as ArrayBuffer
      expect(['ok', 'trace']).toContain(await outcome(parseOpenDc(buffer, buffer)))
    }),
  )
})

/**
 * Series from parseOpenDc against hyparquet's own row objects: ids, starts, ends, first and last samples and
 * the duration-weighted mean utilisation; with `fullTasks`, each task's fragments also span its duration.
 */
async function expectTasks(
  tasks: ArrayBuffer,
  fragments: ArrayBuffer,
  expected: { tasks: number; fragments: number; mean: number; fullTasks: boolean },
) {
  const series = await parseOpenDc(tasks, fragments)
  // Independently: hyparquet's own row objects.
  const taskRows = await parquetReadObjects({ file: tasks })
  const fragRows = await parquetReadObjects({ file: fragments, columns: ['id', 'duration', 'cpu_usage'] })
  expect(series).toHaveLength(expected.tasks)
  expect(fragRows).toHaveLength(expected.fragments)
  const byTask = new Map<number, typeof fragRows>()
  for (const f of fragRows) {
    if (!byTask.has(f.id)) byTask.set(f.id, [])
    byTask.get(f.id)?.push(f)
  }
  let utilizationMs = 0
  let totalMs = 0
  for (const [t, task] of taskRows.entries()) {
    const own = byTask.get(task.id) ?? []
    const sumMs = own.reduce((a, f) => a + Number(f.duration), 0)
    utilizationMs += own.reduce((a, f) => a + (f.cpu_usage / task.cpu_capacity) * Number(f.duration), 0)
    totalMs += sumMs
    const s = series[t]
    expect(s.id).toBe(String(task.id))
    expect(s.startS).toBe(Number(task.submission_time) / 1000)
    expect(s.timesS[s.timesS.length - 1]).toBeCloseTo(sumMs / 1000, 6)
    if (expected.fullTasks) expect(Math.abs(sumMs / Number(task.duration) - 1)).toBeLessThan(0.01)
    expect(s.utilization[0]).toBe(own[0].cpu_usage / task.cpu_capacity)
    expect(Number.isNaN(s.utilization[s.utilization.length - 1])).toBe(true)
  }
  expect(series[0].startS).toBe(Date.UTC(2013, 7, 12, 13, 35, 46) / 1000)

  // The duration-weighted mean utilisation the series replay equals the raw rows'.
  let weighted = 0
  let totalS = 0
  for (const { timesS, utilization } of series)
    for (let k = 0; k + 1 < timesS.length; k++) {
      weighted += utilization[k] * (timesS[k + 1] - timesS[k])
      totalS += timesS[k + 1] - timesS[k]
    }
  expect(weighted / totalS).toBeCloseTo(utilizationMs / totalMs, 9)
  expect(weighted / totalS).toBeCloseTo(expected.mean, 6)
}

it('refuses a task capacity outside 1 MHz..10 THz and a submission outside 1970..2200, naming the row', async () => {
  const refused = (name: string) => load(fixture(`opendc_refused/${name}`))
  const fragments = refused('fragments-one.parquet')
  await expect(parseOpenDc(refused('tasks-capacity-5e-324.parquet'), fragments)).rejects.toThrow(
    new TraceError('tasks.parquet', 1, 'cpu_capacity: CPU capacity 5e-324 MHz is outside 1..10000000 MHz'),
  )
  await expect(parseOpenDc(refused('tasks-submitted-year-minus-1199.parquet'), fragments)).rejects.toThrow(
    'tasks.parquet:1: submission_time: timestamp "-99999999999000 ms" is outside 1970-01-01..2200-01-01',
  )
})

describe('OpenDC bitbrains-small, the committed cut: 3 tasks, 96 fragments each', () => {
  const tasks = load(fixture('opendc_bitbrains_small/tasks.parquet'))
  const fragments = load(fixture('opendc_bitbrains_small/fragments.parquet'))

  it('gives each task’s fragments end to end, as hyparquet’s rows give them', async () => {
    await expectTasks(tasks, fragments, { tasks: 3, fragments: 288, mean: FIXTURE_MEAN, fullTasks: false })
  })

  // 200 parses of small files: about a second alone, several on a loaded 2-core machine.
  it(
    'refuses swapped, truncated and bit-flipped files with a TraceError, or reads them',
    { timeout: 30_000 },
    async () => {
      await expect(parseOpenDc(fragments, tasks)).rejects.toThrow(
        /^tasks\.parquet: missing column\(s\) submission_time/,
      )
      await expect(parseOpenDc(tasks, fragments.slice(0, 500))).rejects.toThrow(TraceError)
      for (const [file, other] of [
        [tasks, fragments],
        [fragments, tasks],
      ])
        await fc.assert(
          fc.asyncProperty(
            fc.nat({ max: file.byteLength - 1 }),
            fc.integer({ min: 1, max: 255 }),
            async (at, xor) => {
              const broken = file.slice(0)
              new Uint8Array(broken)[at] ^= xor
              const pair = file === tasks ? parseOpenDc(broken, other) : parseOpenDc(other, broken)
              expect(['ok', 'trace']).toContain(await outcome(pair))
            },
          ),
          { numRuns: 100 },
        )
    },
  )
})

describe.skipIf(!DIR)('OpenDC bitbrains-small, all 50 tasks', () => {
  it(
    'has 50 tasks and 276,979 fragments; each task’s fragments span its duration within 1 %',
    { timeout: 60_000 },
    async () => {
      const [tasks, fragments] = [load(join(DIR, 'tasks.parquet')), load(join(DIR, 'fragments.parquet'))]
      await expectTasks(tasks, fragments, { tasks: 50, fragments: 276_979, mean: 0.0911567, fullTasks: true })
    },
  )
})

/** The cut's duration-weighted mean utilisation, measured once and pinned. */
const FIXTURE_MEAN = 0.0031088

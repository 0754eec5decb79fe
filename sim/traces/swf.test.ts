// SWF importer: header, job fields, the row policy, fuzzing, and the NASA iPSC/860 log's own statistics (a
// committed cut always, the whole log when the shared data is there).
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectLinearTime } from '../../test-fixtures/linearTime.ts'
import { fixture, sharedData } from '../../test-fixtures/sharedData.ts'
import { TraceError } from './series.ts'
import { swfReader } from './swf.ts'
import { parseSwf } from '../testing/wholeText.ts'

const NASA = sharedData('pwa_nasa_ipsc/NASA-iPSC-1993-3.1-cln.swf.gz', 'PWA NASA iPSC/860, all 18,239 jobs')
const job = (id: number, submitS: number, runS: number, procs: number) =>
  `${id} ${submitS} -1 ${runS} ${procs} -1 -1 -1 -1 -1 1 7 1 -1 -1 -1 -1 -1`

it('reads the header and each job’s 18 fields', () => {
  const log = parseSwf(
    ['; UnixStartTime: 749458803', ';MaxProcs: 128', job(1, 0, 1451, 128)].join('\n'),
    'a.swf',
  )
  expect(log.startS).toBe(749458803)
  expect(log.header.MaxProcs).toBe('128')
  expect(log.jobs).toEqual([
    {
      id: 1, submitS: 0, waitS: -1, runS: 1451, procs: 128, avgCpuS: -1, usedMemKb: -1, reqProcs: -1,
      reqTimeS: -1, reqMemKb: -1, status: 1, user: 7, group: 1, app: -1, queue: -1, partition: -1,
      precedingJob: -1, thinkTimeS: -1,
    },
  ]) // prettier-ignore
  expect(parseSwf(job(1, 0, 1, 1), 'a.swf').startS).toBe(0)
})

it('sorts jobs out of submit order and keeps repeated ids (checkpointed parts), counting both', () => {
  const log = parseSwf(
    [job(2, 50, 1, 1), job(1, 10, 1, 1), '; a comment mid-file', job(2, 60, 1, 1)].join('\n'),
    'a',
  )
  expect(log.jobs.map((j) => [j.id, j.submitS])).toEqual([
    [1, 10],
    [2, 50],
    [2, 60],
  ])
  expect(log.warnings).toEqual({ outOfOrder: 1, duplicateIds: 1 })
})

it('names the file and line of a short or non-numeric job line', () => {
  expect(() => parseSwf(`;\n${job(1, 0, 5, 1)}\n1 2 3`, 'a.swf')).toThrow(
    new TraceError('a.swf', 3, 'expected 18 fields, got 3'),
  )
  expect(() => parseSwf(job(1, 0, 5, 1).replace(' 5 ', ' 5s '), 'a.swf')).toThrow(
    'a.swf:1: field 4 (runS) is not a number: "5s"',
  )
})

it('refuses a log without job lines, and a UnixStartTime outside 1970..2200, naming file and line', () => {
  expect(() => parseSwf('', 'a.swf')).toThrow(new TraceError('a.swf', undefined, 'no job lines'))
  expect(() => parseSwf('; Version: 2.2\n; MaxJobs: 0\n\n', 'a.swf')).toThrow('a.swf: no job lines')
  expect(() => parseSwf(`; UnixStartTime: -99999999999\n${job(1, 0, 5, 1)}`, 'a.swf')).toThrow(
    'a.swf:1: timestamp "-99999999999" is outside 1970-01-01..2200-01-01',
  )
  expect(() => parseSwf(`;\n; UnixStartTime: soon\n${job(1, 0, 5, 1)}`, 'a.swf')).toThrow(
    'a.swf:2: UnixStartTime "soon" is not a number',
  )
})

it('refuses a long bad field in time linear in its length, and reads a long header line as fast', () => {
  const parse = (text: string) => parseSwf(text, 'a.swf')
  expectLinearTime('job field', (n) => job(1, 0, 5, 1).replace(' 5 ', ` ${'5'.repeat(n)}s `), parse)
  // A header line is never refused, so the bad job line after it is what throws.
  const after = (header: string) => `${header}\n1 2 3`
  expectLinearTime('header key', (n) => after(`; Max${' '.repeat(n)}x`), parse)
  expectLinearTime('header value', (n) => after(`; Note: a${' '.repeat(n)}b`), parse)
  const header = `; Note: a${' '.repeat(9)}b \n; Max Jobs\t: 7`
  expect(parseSwf(`${header}\n${job(1, 0, 5, 1)}`, 'a').header).toEqual({
    Note: `a${' '.repeat(9)}b`,
    'Max Jobs': '7',
  })
}, 60_000)

it('returns a log or throws a TraceError on any input, never another error', () => {
  const unit = fc.constantFrom('1', '-', '.', ' ', '\t', ';', ':', 'U', '\n', 'e')
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 120 }), (text) => {
      try {
        parseSwf(text, 'fuzz')
      } catch (error) {
        expect(error).toBeInstanceOf(TraceError)
      }
    }),
  )
})

/** A gunzipped NASA log against fields 4 (run) and 5 (procs) of its raw job lines, and chunked reading. */
function expectNasa(path: string, expected: { jobs: number; meanRunS: number }) {
  const text = gunzipSync(readFileSync(path)).toString('utf8')
  const log = parseSwf(text, 'NASA-iPSC-1993-3.1-cln.swf')
  const rows = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith(';'))
    .map((line) => line.trim().split(/\s+/).map(Number))
  expect(log.jobs).toHaveLength(expected.jobs)
  expect(rows).toHaveLength(expected.jobs)
  const meanRunS = rows.reduce((a, r) => a + r[3], 0) / rows.length
  expect(log.jobs.reduce((a, j) => a + j.runS, 0) / log.jobs.length).toBeCloseTo(meanRunS, 9)
  expect(meanRunS).toBeCloseTo(expected.meanRunS, 6)
  expect(Math.max(...log.jobs.map((j) => j.procs))).toBe(Math.max(...rows.map((r) => r[4])))
  expect(log.startS).toBe(749458803)
  expect(log.header.MaxNodes).toBe('128')
  expect(log.warnings).toEqual({ outOfOrder: 0, duplicateIds: 0 })

  const reader = swfReader('nasa.swf')
  for (let i = 0; i < text.length; i += 4096) reader.push(text.slice(i, i + 4096))
  expect(reader.finish()).toEqual(parseSwf(text, 'nasa.swf'))
}

it('reads the committed cut of the NASA iPSC/860 log: its header and first 400 jobs, whole or in chunks', () => {
  expectNasa(fixture('pwa_nasa_ipsc/NASA-iPSC-1993-3.1-cln-first400.swf.gz'), {
    jobs: 400,
    meanRunS: FIXTURE_MEAN_RUN_S,
  })
})

describe.skipIf(!NASA)('PWA NASA iPSC/860 1993, all 18,239 jobs', () => {
  it(
    'has 18,239 jobs; mean run time and max procs as the raw lines give them, whole or in chunks',
    { timeout: 30_000 },
    () => {
      expectNasa(NASA, { jobs: 18_239, meanRunS: 764.887384 })
    },
  )
})

/** The cut's mean run time, s, measured once with awk and pinned. */
const FIXTURE_MEAN_RUN_S = 587.16

// SWF logs as schedulable jobs: the one rule the command line and the browser share.
import { expect, it } from 'vitest'
import { parseSwf } from '../testing/wholeText.ts'
import { swfJobs } from './swfJobs.ts'

// id submit wait run procs avgCpu mem reqProcs reqTime reqMem status user group app queue part prev think
const line = (submitS: number, runS: number, procs: number, reqProcs = -1, reqTimeS = -1) =>
  `1 ${submitS} -1 ${runS} ${procs} -1 -1 ${reqProcs} ${reqTimeS} -1 1 1 1 -1 -1 -1 -1 -1`

it('takes recorded run time and processors, else the requested ones; skips a job with neither or of 0 s', () => {
  const log = parseSwf(
    [line(30, 100, 4), line(10, -1, -1, 8, 600), line(20, -1, 2), line(40, 50, -1, -1), line(50, 0, 16)].join(
      '\n',
    ),
    'a.swf',
  )
  expect(swfJobs([log], 'a.swf')).toEqual({
    jobs: [
      { submitS: 10, durationS: 600, cores: 8 },
      { submitS: 30, durationS: 100, cores: 4 },
    ],
    skipped: 3,
    outOfOrder: 1,
    duplicateIds: 4,
  })
})

it('refuses a log none of whose jobs can run, naming the files', () => {
  const log = parseSwf([line(0, -1, -1), line(5, 10, -1)].join('\n'), 'x.swf')
  expect(() => swfJobs([log, log], 'x.swf, y.swf')).toThrow(
    'x.swf, y.swf: no runnable jobs (4 without a run time or processors)',
  )
})

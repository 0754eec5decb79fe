// The size caps on trace files: plain text refused by its size before reading, a gzip bomb stopped as it
// inflates, a Parquet file refused by its size; each error names the file.
import { gzipSync } from 'node:zlib'
import { expect, it } from 'vitest'
import { MAX_PARQUET_BYTES, MAX_TRACE_TEXT_BYTES } from './traceBytes.ts'
import { readTrace } from './traceLoad.ts'

const small = { textBytes: 1000, parquetBytes: 1000 }
/** A PlanetLab file of `lines` readings of 50 %: three bytes a line. */
const planetLab = (name: string, lines: number) => new File(['50\n'.repeat(lines)], name)

it('caps a trace at 1 GiB of text and a Parquet file at 256 MiB', () => {
  expect(MAX_TRACE_TEXT_BYTES).toBe(1_073_741_824)
  expect(MAX_PARQUET_BYTES).toBe(268_435_456)
})

it('refuses plain files that together pass the text cap before reading any, naming the one that passes', async () => {
  // 200 lines are 600 bytes: the first file fits in 1,000, the second takes the trace to 1,200.
  const files = [planetLab('vm-1', 200), planetLab('vm-2', 200)]
  let progressed = 0
  const read = readTrace(files, 'planetlab', () => progressed++, small)
  await expect(read).rejects.toThrow(
    'vm-2: the trace holds more than 1000 bytes of text (1200 bytes so far): replay fewer files or a shorter span',
  )
  expect(progressed).toBe(0)
  // The same files fit under the real cap.
  await expect(readTrace(files, 'planetlab')).resolves.toMatchObject({ summary: { series: 2 } })
})

it('stops a gzipped file that inflates past the text cap, whatever its own size', async () => {
  const inflated = '50\n'.repeat(100_000) // 300,000 bytes of text
  const bomb = new File([gzipSync(inflated)], 'vm-1.gz')
  expect(bomb.size).toBeLessThan(1000) // under the cap as a file
  await expect(readTrace([bomb], 'planetlab', undefined, small)).rejects.toThrow(
    /^vm-1\.gz: the trace holds more than 1000 bytes of text \(\d+ bytes so far, after gunzip\)/,
  )
})

it('refuses a Parquet file over its cap before reading it', async () => {
  const tasks = new File([new Uint8Array(2000)], 'tasks.parquet')
  const fragments = new File([new Uint8Array(10)], 'fragments.parquet')
  await expect(readTrace([tasks, fragments], 'opendc', undefined, small)).rejects.toThrow(
    'tasks.parquet: 2000 bytes is over the 1000 bytes a Parquet file may have here',
  )
})

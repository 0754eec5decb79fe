import { describe, expect, it } from 'vitest'
import { guessFromFiles, guessTraceFormat } from './traceFormat.ts'

describe('guessTraceFormat', () => {
  it('knows SWF and OpenDC by their names', () => {
    expect(guessTraceFormat(['NASA-iPSC-1993-3.1-cln.swf.gz'], '')).toBe('swf')
    expect(guessTraceFormat(['log.SWF'], '; Version: 2.2')).toBe('swf')
    expect(guessTraceFormat(['tasks.parquet', 'fragments.parquet'], '')).toBe('opendc')
  })

  it('tells the long CSV from Bitbrains by the first line', () => {
    expect(guessTraceFormat(['export.csv'], 'timestamp,asset,metric,value,unit\n1,a,power,1,W')).toBe('csv')
    expect(guessTraceFormat(['export.txt'], '\uFEFF"Timestamp","Asset","Metric"\r\n')).toBe('csv')
    const bitbrains = 'Timestamp [ms];\tCPU cores;\tCPU capacity provisioned [MHZ];\tCPU usage [MHZ]\n'
    expect(guessTraceFormat(['1.csv', '2.csv'], bitbrains)).toBe('bitbrains')
    expect(guessTraceFormat(['readings.csv'], 'time,node,cpu\n')).toBe('csv')
  })

  it('falls back to PlanetLab, whose files have no extension and hold one number per line', () => {
    expect(guessTraceFormat(['146-179_surfsnel_dsl_internl_net_root', 'vm-2'], '12\n9\n')).toBe('planetlab')
  })
})

describe('guessFromFiles', () => {
  it('reads the head of the first plain file', async () => {
    const csv = new File(['timestamp,asset,metric,value,unit\n'], 'a.csv')
    expect(await guessFromFiles([csv])).toBe('csv')
    expect(await guessFromFiles([new File(['5\n'], 'vm-1')])).toBe('planetlab')
  })
})

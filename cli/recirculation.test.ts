// The CLI with --recirculation, spawned: a survey CSV replaces the scenario's matrix; a bad one is one line, exit 2.
import { describe, expect, it } from 'vitest'
import { defaultHallWithItsLayoutMatrix } from '../sim/testing/matrixHalls.ts'
import { ArgsError, parseArgs } from './args.ts'
import { expectOneLineUserError, runCli, tempFile, TIMEOUT_MS } from './testing/spawnCli.ts'

const day = ['scenarios/default.json', '--horizon', '6h', '--json']

describe('--recirculation <file.csv>', () => {
  it('is taken once, as a path', () => {
    expect(parseArgs(['hall.json', '--recirculation=survey.csv'])).toMatchObject({
      recirculationPath: 'survey.csv',
    })
    expect(() => parseArgs(['hall.json', '--recirculation', 'a.csv', '--recirculation', 'b.csv'])).toThrow(
      new ArgsError('--recirculation given more than once'),
    )
  })
})

describe.concurrent('--recirculation on scenarios/default.json', { timeout: TIMEOUT_MS }, () => {
  it('runs identically from the hall’s own layout matrix written as a CSV, and hotter from a stronger one', async () => {
    const { entries } = defaultHallWithItsLayoutMatrix()
    const csv = (scale: number) =>
      'from,to,fraction\n' + entries.map((e) => `${e.from},${e.to},${e.fraction * scale}`).join('\n') + '\n'
    const [layout, same, stronger] = await Promise.all([
      runCli(...day),
      runCli(...day, '--recirculation', tempFile('layout.csv', csv(1))),
      runCli(...day, '--recirculation', tempFile('stronger.csv', csv(1.5))),
    ])
    expect(same.stderr).toBe('')
    expect(same.stdout).toBe(layout.stdout)
    const hottest = (run: typeof layout) => JSON.parse(run.stdout).thermal.maxInletC as number
    expect(hottest(stronger)).toBeGreaterThan(hottest(layout))
  })

  it('names the CSV and line of a rack id the hall lacks', async () => {
    const path = tempFile('survey.csv', 'from,to,fraction\nA-01,A-02,0.1\nA-01,Z-99,0.1\n')
    const run = await runCli(...day, '--recirculation', path)
    expectOneLineUserError(run, path, 'line 3, column to: no rack has id "Z-99"')
  })
})

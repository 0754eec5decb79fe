// parseArgs: every accepted form and every one-line error, without spawning anything.
import { describe, expect, it } from 'vitest'
import { ArgsError, parseArgs } from './args.ts'
import type { RunArgs } from './args.ts'

const path = 'scenarios/default.json'

/** parseArgs for lists that must describe a run, not a help request. */
function runArgs(argv: string[]): RunArgs {
  const args = parseArgs(argv)
  if (args.help) throw new Error(`${argv.join(' ')} was read as --help`)
  return args
}

describe('accepted argument lists', () => {
  it('takes a lone path with the scenario defaults', () => {
    expect(parseArgs([path])).toEqual({ help: false, scenarioPath: path, failures: [], json: false })
  })

  it('takes every option, before or after the path, spaced or with =', () => {
    const want = { help: false, scenarioPath: path, horizonS: 604_800, seed: 42, failures: [], json: true }
    expect(runArgs([path, '--horizon', '7d', '--seed', '42', '--json'])).toEqual(want)
    expect(parseArgs(['--json', '--seed=42', '--horizon=7d', path])).toEqual(want)
  })

  it('reads plain seconds and fractional durations', () => {
    expect(runArgs([path, '--horizon', '90']).horizonS).toBe(90)
    expect(runArgs([path, '--horizon', '1.5h']).horizonS).toBe(5400)
  })

  it('accepts both ends of the seed range', () => {
    expect(runArgs([path, '--seed', '0']).seed).toBe(0)
    expect(runArgs([path, '--seed', '4294967295']).seed).toBe(4294967295)
  })

  it('collects --fail in order, time after the start (0 allowed), and one --outdoor file', () => {
    const args = runArgs([
      path,
      '--fail',
      'crah-1@2h',
      '--outdoor=weather.csv',
      '--fail=pdu-a1@0',
      '--fail',
      'x@90',
    ])
    expect(args.failures).toEqual([
      { id: 'crah-1', atS: 7200, text: 'crah-1@2h' },
      { id: 'pdu-a1', atS: 0, text: 'pdu-a1@0' },
      { id: 'x', atS: 90, text: 'x@90' },
    ])
    expect(args.outdoorPath).toBe('weather.csv')
  })

  it('takes a trace with its format, and optionally its mapping and looping', () => {
    expect(runArgs([path, '--trace', 'vms dir', '--trace-format', 'planetlab']).trace).toEqual({
      path: 'vms dir',
      format: 'planetlab',
      loop: false,
    })
    const args = runArgs([
      path,
      '--trace-loop',
      '--trace=a.csv',
      '--trace-format=csv',
      '--trace-mapping=spread',
    ])
    expect(args.trace).toEqual({ path: 'a.csv', format: 'csv', mapping: 'spread', loop: true })
    expect(runArgs([path])).not.toHaveProperty('trace')
  })

  it('treats everything after -- as a path, even if it starts with a dash', () => {
    expect(parseArgs(['--', '--odd.json'])).toMatchObject({ scenarioPath: '--odd.json' })
  })

  it('returns a help request for --help or -h, whatever else is there', () => {
    expect(parseArgs(['--help'])).toEqual({ help: true })
    expect(parseArgs(['-h', '--bogus'])).toEqual({ help: true })
    expect(parseArgs([path, '--seed', '7', '--help'])).toEqual({ help: true })
  })
})

describe('errors: one line each, thrown as ArgsError', () => {
  const cases: [name: string, argv: string[], message: RegExp][] = [
    ['no arguments', [], /^missing scenario path/],
    ['only options', ['--json'], /^missing scenario path/],
    ['two paths', [path, 'other.json'], /^expected one scenario path, got 2: /],
    ['an unknown flag', [path, '--fast'], /^unknown option --fast/],
    ['an unknown flag with a value', [path, '--speed=2'], /^unknown option --speed/],
    ['an unknown short flag', [path, '-x'], /^unknown option -x/],
    ['--horizon at the end', [path, '--horizon'], /^--horizon needs a value$/],
    ['--horizon followed by a flag', [path, '--horizon', '--json'], /^--horizon needs a value$/],
    ['an empty --horizon=', [path, '--horizon='], /^--horizon needs a value$/],
    ['--seed at the end', [path, '--seed'], /^--seed needs a value$/],
    ['a repeated flag', [path, '--seed', '1', '--seed', '2'], /^--seed given more than once$/],
    ['a word for a horizon', [path, '--horizon', 'banana'], /^--horizon: "banana" is not a duration/],
    ['an unknown horizon unit', [path, '--horizon', '3y'], /^--horizon: "3y" is not a duration/],
    ['a zero horizon', [path, '--horizon', '0'], /^--horizon: duration "0" must be greater than zero$/],
    ['a negative horizon', [path, '--horizon=-1d'], /^--horizon: "-1d" is not a duration/],
    [
      'a horizon too long for a double',
      [path, '--horizon', '9'.repeat(400)],
      /^--horizon: .* is too long to simulate$/,
    ],
    ['a negative seed', [path, '--seed', '-1'], /^--seed: "-1" is not an integer from 0 to 4294967295$/],
    ['a fractional seed', [path, '--seed', '1.5'], /^--seed: "1.5" is not an integer/],
    ['a seed past 2^32 - 1', [path, '--seed', '4294967296'], /^--seed: "4294967296" is not an integer/],
    ['a word for a seed', [path, '--seed', 'abc'], /^--seed: "abc" is not an integer/],
    ['an exponent seed', [path, '--seed', '1e3'], /^--seed: "1e3" is not an integer/],
    ['--fail without a time', [path, '--fail', 'crah-1'], /^--fail: "crah-1" is not <id>@<time>/],
    ['--fail without an id', [path, '--fail', '@2h'], /^--fail: "@2h" is not <id>@<time>/],
    ['--fail with an empty time', [path, '--fail', 'crah-1@'], /^--fail: "crah-1@" is not <id>@<time>/],
    ['--fail at no time', [path, '--fail', 'crah-1@soon'], /^--fail crah-1@soon: "soon" is not a duration/],
    ['--fail at the end', [path, '--fail'], /^--fail needs a value$/],
    [
      'a repeated --outdoor',
      [path, '--outdoor', 'a.csv', '--outdoor=b.csv'],
      /^--outdoor given more than once$/,
    ],
    [
      '--trace without a format',
      [path, '--trace', 'a.csv'],
      /^--trace needs --trace-format: one of planetlab, bitbrains, opendc, swf, csv$/,
    ],
    [
      'an unknown trace format',
      [path, '--trace', 'a', '--trace-format', 'gwf'],
      /^--trace-format: "gwf" is not one of planetlab, /,
    ],
    ['a format without --trace', [path, '--trace-format', 'csv'], /^--trace-format needs --trace <path>$/],
    ['--trace-loop without --trace', [path, '--trace-loop'], /^--trace-loop needs --trace <path>$/],
    [
      'an unknown mapping',
      [path, '--trace', 'a', '--trace-format', 'csv', '--trace-mapping', 'x'],
      /^--trace-mapping: "x" is not one of roundRobin, spread$/,
    ],
    [
      'a mapping for jobs',
      [path, '--trace', 'a', '--trace-format', 'swf', '--trace-mapping', 'spread'],
      /^--trace-mapping applies to utilisation traces, not swf$/,
    ],
    ['--trace at the end', [path, '--trace'], /^--trace needs a value$/],
  ]
  it.each(cases)('rejects %s', (_name, argv, message) => {
    let thrown: unknown
    try {
      parseArgs(argv)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ArgsError)
    expect((thrown as Error).message).toMatch(message)
    expect((thrown as Error).message).not.toContain('\n')
  })
})

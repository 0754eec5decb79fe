// A survey's `from,to,fraction` CSV as a scenario's recirculation matrix, with errors naming the CSV line.
import { describe, expect, it } from 'vitest'
import { buildWorld } from './build.ts'
import { parseScenario } from './parse.ts'
import { parseRecirculationCsv, parseScenarioWithRecirculationCsv } from './recirculationCsv.ts'
import { tinyHall } from '../testing/tinyHall.ts'

const hallText = JSON.stringify(tinyHall({ racks: 3 }))
const withCsv = (csv: string) => parseScenarioWithRecirculationCsv(hallText, 'hall.json', csv, 'survey.csv')
const errorOf = (csv: string, scenarioText = hallText) => {
  try {
    parseScenarioWithRecirculationCsv(scenarioText, 'hall.json', csv, 'survey.csv')
  } catch (error) {
    return (error as Error).message
  }
  return 'no error'
}

describe('parseRecirculationCsv', () => {
  it('reads one pair a line, skipping blank lines, with CRLF and spaces around fields', () => {
    const csv = 'from, to, fraction\r\nA-01,A-02,0.2\r\n\r\nA-02 , A-01 , 0.1\r\n'
    expect(parseRecirculationCsv(csv)).toEqual({
      entries: [
        { from: 'A-01', to: 'A-02', fraction: 0.2 },
        { from: 'A-02', to: 'A-01', fraction: 0.1 },
      ],
      lines: [2, 4],
    })
  })
})

describe('a scenario with a matrix from a CSV', () => {
  it('holds the same matrix as the scenario given it in JSON', () => {
    const entries = [
      { from: 'A-01', to: 'A-02', fraction: 0.2 },
      { from: 'A-03', to: 'A-03', fraction: 0.05 },
    ]
    const fromCsv = withCsv('from,to,fraction\nA-01,A-02,0.2\nA-03,A-03,0.05\n')
    expect(fromCsv.room.recirculationMatrix).toEqual({ source: 'survey.csv', entries })
    const fromJson = parseScenario(tinyHall({ racks: 3 }, (s) => (s.room.recirculationMatrix = { entries })))
    expect(buildWorld(fromCsv).recirculation.a).toEqual(buildWorld(fromJson).recirculation.a)
  })
  it('names the CSV line and column of a bad header, number, rack id or range', () => {
    expect(errorOf('a,b\nA-01,A-02,0.1')).toBe("survey.csv: line 1: header 'a,b' is not from,to,fraction")
    expect(errorOf('from,to,fraction\n')).toBe('survey.csv: line 1: no rack pair follows the header')
    expect(errorOf('from,to,fraction\nA-01,A-02,\n')).toBe(
      "survey.csv: line 2, column fraction: '' is not a number",
    )
    expect(errorOf('from,to,fraction\nA-01,A-02,0.1\n\nA-01,B-07,0.1')).toBe(
      'survey.csv: line 4, column to: no rack has id "B-07"',
    )
    expect(errorOf('from,to,fraction\nA-01,A-02,1.5')).toBe(
      'survey.csv: line 2, column fraction: must be at most 1',
    )
  })
  it('retells the matrix’s entry numbers as CSV lines', () => {
    expect(errorOf('from,to,fraction\nA-01,A-02,0.7\nA-01,A-03,0.4\nA-01,A-02,0.1')).toBe(
      'survey.csv: line 4: the pair from "A-01" to "A-02" is already given by line 2\n' +
        'survey.csv: line 3: the fractions from rack "A-01" sum to 1.1 (lines 2, 3): ' +
        'a rack cannot send more than all of its exhaust',
    )
  })
  it('leaves the scenario’s own problems to the scenario file', () => {
    const badHall = JSON.stringify(tinyHall({ racks: 3 }, (s) => (s.room.heightM = 1)))
    expect(errorOf('from,to,fraction\nA-01,A-02,0.1', badHall)).toBe(
      'hall.json: $.room.heightM: must be at least 2',
    )
    expect(errorOf('from,to,fraction\nA-01,A-02,0.1', '{ "version": ')).toMatch(
      /^hall\.json: \$: not valid JSON/,
    )
  })
})

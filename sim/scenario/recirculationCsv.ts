// A measured recirculation matrix from a survey spreadsheet: `from,to,fraction`, one rack pair a line, put into
// a scenario as room.recirculationMatrix (docs/physics.md#recirculation-matrix-from-a-survey-or-cfd).
import type { RecirculationEntry } from '../model/givenRecirculation.ts'
import { parseScenario, parseScenarioText, ScenarioError } from './parse.ts'
import type { ScenarioProblem } from './parse.ts'
import type { Scenario } from './types.ts'

const HEADER = 'from,to,fraction'

/**
 * The entries of a `from,to,fraction` CSV and the 1-based line each came from. Blank lines are skipped; plain
 * comma splitting (rack ids hold no commas). Ranges and rack ids are checked by the scenario, not here.
 * @throws Error naming the line (and column) of the first field that is not what the format says
 */
export function parseRecirculationCsv(text: string): { entries: RecirculationEntry[]; lines: number[] } {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  if (
    rows[0]
      .split(',')
      .map((name) => name.trim())
      .join(',') !== HEADER
  )
    throw new Error(`line 1: header '${rows[0]}' is not ${HEADER}`)
  const entries: RecirculationEntry[] = []
  const lines: number[] = []
  rows.forEach((row, i) => {
    if (i === 0 || row.trim() === '') return
    const fields = row.split(',').map((field) => field.trim())
    if (fields.length !== 3)
      throw new Error(`line ${i + 1}: expected 3 columns (${HEADER}), got ${fields.length}`)
    const fraction = Number(fields[2])
    // Number('') is 0: an empty cell must not read as "no recirculation".
    if (fields[2] === '' || !Number.isFinite(fraction))
      throw new Error(`line ${i + 1}, column fraction: '${fields[2]}' is not a number`)
    entries.push({ from: fields[0], to: fields[1], fraction })
    lines.push(i + 1)
  })
  if (entries.length === 0) throw new Error(`line 1: no rack pair follows the header`)
  return { entries, lines }
}

const ENTRY_PATH = /^\$\.room\.recirculationMatrix\.entries\[(\d+)\](?:\.(\w+))?$/

/**
 * Parses scenario JSON text with the CSV's matrix as its room.recirculationMatrix (replacing one the file may
 * hold). Problems of the matrix name the CSV and its line (`survey.csv: line 4, column to: no rack has id
 * "B-07"`), the rest the scenario file and JSON path.
 * @throws ScenarioError
 */
export function parseScenarioWithRecirculationCsv(
  scenarioText: string,
  scenarioSource: string,
  csvText: string,
  csvSource: string,
): Scenario {
  let json: { room?: Record<string, unknown> }
  try {
    json = JSON.parse(scenarioText.replace(/^\uFEFF/, '')) as typeof json
  } catch {
    return parseScenarioText(scenarioText, scenarioSource) // throws the usual message for bad JSON
  }
  let matrix: ReturnType<typeof parseRecirculationCsv>
  try {
    matrix = parseRecirculationCsv(csvText)
  } catch (error) {
    const [path, ...rest] = (error as Error).message.split(': ')
    throw new ScenarioError(csvSource, [{ path, message: rest.join(': ') }])
  }
  if (json?.room && typeof json.room === 'object')
    json.room = { ...json.room, recirculationMatrix: { source: csvSource, entries: matrix.entries } }
  try {
    return parseScenario(json, scenarioSource)
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error
    const fromCsv: ScenarioProblem[] = []
    for (const p of error.problems) {
      const m = ENTRY_PATH.exec(p.path)
      const message = inLines(p.message, matrix.lines)
      if (m)
        fromCsv.push({ path: `line ${matrix.lines[Number(m[1])]}${m[2] ? `, column ${m[2]}` : ''}`, message })
      else if (p.path === '$.room.recirculationMatrix') fromCsv.push({ path: 'matrix', message })
    }
    throw fromCsv.length > 0 ? new ScenarioError(csvSource, fromCsv) : error
  }
}

/** A message about entries (`entries[3]`, `(entries 0, 2)`) retold in the CSV's line numbers. */
function inLines(message: string, lines: number[]): string {
  return message
    .replace(/entries\[(\d+)\]/g, (_, k: string) => `line ${lines[Number(k)]}`)
    .replace(
      /\(entries ([\d, ]+)\)/g,
      (_, ks: string) =>
        `(lines ${ks
          .split(', ')
          .map((k) => lines[Number(k)])
          .join(', ')})`,
    )
}

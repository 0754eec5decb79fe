// What the CLI reads besides its arguments: scenario and outdoor files, --fail ids resolved to commands.
import { readFileSync } from 'node:fs'
import type { Command, Scenario } from '../sim/index.ts'
import { parseOutdoorCsv } from '../sim/index.ts'
import type { OutdoorSeries } from '../sim/index.ts'
import type { FailArg } from './args.ts'
import { formatHorizon } from './report.ts'

/** A user error: exit 2 with this one line. */
export class UserError extends Error {}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'is a file, not a directory',
  EACCES: 'permission denied',
}

/** The UserError for a file system error on `path`: "<path>: cannot read: no such file". */
export function cannotRead(path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return new UserError(`${path}: cannot read: ${READ_ERRORS[code] ?? (error as Error).message}`)
}

/** The file's text. @throws UserError naming the path and why it cannot be read */
export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw cannotRead(path, error)
  }
}

/** The outdoor series of a CSV file. @throws UserError naming the path and the parser's line and column */
export function readOutdoor(path: string): OutdoorSeries {
  const text = readText(path)
  try {
    return parseOutdoorCsv(text)
  } catch (error) {
    throw new UserError(`${path}: ${(error as Error).message}`)
  }
}

/**
 * The command and time of each --fail: a cooling unit id fails the unit, a UPS system or PDU id fails that
 * asset (failPowerAsset). Checked here, before the run, because the engine would only find a bad id when the
 * event fires, as an engine error.
 * @throws UserError for an id the scenario lacks or a time after the horizon
 */
export function failureCommands(scenario: Scenario, failures: readonly FailArg[]) {
  const unitIds = scenario.coolingUnits.map((u) => u.id)
  const chain = scenario.powerChain
  const assetIds = chain ? [...chain.upsSystems.map((u) => u.id), ...chain.pdus.map((p) => p.id)] : []
  // The id first: an unknown id is the bigger mistake, and fixing only the time would not help.
  return failures.map(({ id, atS, text }): { command: Command; atS: number } => {
    const command: Command | undefined = unitIds.includes(id)
      ? { type: 'failCoolingUnit', unitId: id }
      : assetIds.includes(id)
        ? { type: 'failPowerAsset', assetId: id }
        : undefined
    if (!command) {
      const what = chain ? 'cooling unit, UPS system or PDU' : 'cooling unit (and there is no powerChain)'
      throw new UserError(
        `--fail ${text}: no ${what} has id "${id}"; ids: ${[...unitIds, ...assetIds].join(', ')}`,
      )
    }
    if (atS > scenario.horizonS)
      throw new UserError(`--fail ${text}: after the end of the run (${formatHorizon(scenario.horizonS)})`)
    return { command, atS }
  })
}

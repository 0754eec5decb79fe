// `npm run import -- netbox <export.json> --out <scenario.json>`: a NetBox inventory as a Plenum scenario file.
import { existsSync, writeFileSync } from 'node:fs'
import { jsonPath, parseScenario, ScenarioError } from '../sim/index.ts'
import {
  defaultMapping,
  mappingSchema,
  netboxToScenario,
  readNetboxText,
} from '../sim/import/netbox/index.ts'
import type { Mapping } from '../sim/import/netbox/index.ts'
import { ArgsError } from './args.ts'
import { IMPORT_USAGE, parseImportArgs } from './importArgs.ts'
import { importReportText } from './importText.ts'
import { readText, UserError } from './inputs.ts'

/** Runs the import; returns the exit code. Writes nothing unless everything read and the scenario validates. */
export function importMain(argv: readonly string[]): number {
  const args = parseImportArgs(argv)
  if (args.help) {
    process.stdout.write(IMPORT_USAGE + '\n')
    return 0
  }
  for (const path of [args.outPath, args.saveMappingPath])
    if (path !== undefined && existsSync(path) && !args.force)
      throw new UserError(`${path} exists: give --force to overwrite it`)
  const inventory = readNetboxText(readText(args.inPath), args.inPath)
  const mapping = args.mappingPath === undefined ? undefined : readMapping(args.mappingPath, inventory)
  const { doc, report } = netboxToScenario(inventory, { mapping, source: args.inPath })
  parseScenario(doc, args.outPath) // never write a scenario Plenum would refuse
  writeFileSync(args.outPath, `${JSON.stringify(doc, null, 2)}\n`)
  if (args.saveMappingPath !== undefined) {
    const used = { ...defaultMapping(inventory), ...mapping }
    writeFileSync(args.saveMappingPath, `${JSON.stringify(used, null, 2)}\n`)
  }
  process.stdout.write(
    args.json ? `${JSON.stringify(report, null, 2)}\n` : importReportText(report, args.inPath, args.outPath),
  )
  return 0
}

function readMapping(path: string, inventory: Parameters<typeof defaultMapping>[0]): Mapping {
  let json: unknown
  try {
    json = JSON.parse(readText(path))
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${path}: $: not valid JSON: ${(error as Error).message}`)
  }
  const result = mappingSchema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    throw new UserError(`${path}: ${jsonPath(issue.path)}: ${issue.message}`)
  }
  const known = new Set(Object.keys(defaultMapping(inventory)))
  const unknown = Object.keys(result.data).filter((key) => !known.has(key))
  if (unknown.length > 0)
    throw new UserError(
      `${path}: $.${unknown[0]}: no device type has this slug (known: ${[...known].slice(0, 8).join(', ')}${known.size > 8 ? ', …' : ''})`,
    )
  return result.data
}

function fail(error: unknown): number {
  const isUserError =
    error instanceof ArgsError || error instanceof UserError || error instanceof ScenarioError
  const message = error instanceof Error ? error.message : String(error)
  const line =
    error instanceof ScenarioError && error.problems.length > 1
      ? `${message.split('\n')[0]} (and ${error.problems.length - 1} more)`
      : message
  process.stderr.write(`import: ${isUserError ? '' : 'engine error: '}${line.replace(/\s*\n\s*/g, ' ')}\n`)
  return isUserError ? 2 : 1
}

try {
  process.exitCode = importMain(process.argv.slice(2))
} catch (error) {
  process.exitCode = fail(error)
}

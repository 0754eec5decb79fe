// parseImportArgs: the `npm run import` argument list → what to import where, or an ArgsError with one line.
import { ArgsError } from './args.ts'

export const IMPORT_USAGE = `Usage: npm run import -- netbox <export.json> --out <scenario.json> [--mapping <map.json>]
                       [--save-mapping <map.json>] [--force] [--json]

Turns a NetBox inventory into a Plenum scenario: racks laid out in rows by site, location and name, devices at
their U positions, device types mapped to server models, power feeds to A/B rack feeds, N+1 cooling sized to the
load. Reads NetBox's REST API JSON (a page, a list of pages, or {"racks": …, "devices": …, …}) and its
\`manage.py dumpdata\` fixture. Prints what was imported, assumed and skipped (with why). docs/hall.md explains.

  --out <file>           the scenario to write (run it with npm run sim -- <file>); an existing file is
                         kept unless --force is given
  --mapping <file>       device types to server models, over the default, keyed by type slug:
                           {"poweredge-r650": {"catalogue": "dell-poweredge-r640-2x-xeon-platinum-8180"},
                            "c9200-48p": {"idleW": 60, "maxW": 240}, "patch-24": {"skip": true}}
                         default: a type's largest maximum_draw (or summed allocated_draw), idle 24.5 % of it;
                         types without power data are skipped
  --save-mapping <file>  write the mapping used (default and --mapping together) to edit and pass back
  --force                overwrite --out and --save-mapping files that exist
  --json                 print the report as one JSON document
  -h, --help             print this help

Exit codes: 0 ok, 2 bad arguments, file or mapping.`

export interface ImportArgs {
  help: false
  format: 'netbox'
  inPath: string
  outPath: string
  mappingPath?: string
  saveMappingPath?: string
  force: boolean
  json: boolean
}

const VALUE_FLAGS = ['--out', '--mapping', '--save-mapping']

/** Parses argv after the script: `netbox <file> --out <file> …`; `--flag=value` works too. */
export function parseImportArgs(argv: readonly string[]): ImportArgs | { help: true } {
  const positional: string[] = []
  const values = new Map<string, string>()
  let force = false
  let json = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--help' || arg === '-h') return { help: true }
    if (!arg.startsWith('--')) positional.push(arg)
    else if (arg === '--force') force = true
    else if (arg === '--json') json = true
    else {
      const eq = arg.indexOf('=')
      const flag = eq < 0 ? arg : arg.slice(0, eq)
      if (!VALUE_FLAGS.includes(flag)) throw new ArgsError(`unknown option ${flag} (see --help)`)
      if (values.has(flag)) throw new ArgsError(`${flag} given more than once`)
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[i + 1]?.startsWith('--') ? undefined : argv[++i]
      if (!value) throw new ArgsError(`${flag} needs a file`)
      values.set(flag, value)
    }
  }
  const [format, inPath, ...extra] = positional
  if (format === undefined) throw new ArgsError('missing what to import: netbox <file> (see --help)')
  if (format !== 'netbox') throw new ArgsError(`cannot import "${format}": only netbox (see --help)`)
  if (inPath === undefined)
    throw new ArgsError('missing the NetBox file: netbox <file> --out <scenario.json>')
  if (extra.length > 0) throw new ArgsError(`expected one NetBox file, got also: ${extra.join(' ')}`)
  const outPath = values.get('--out')
  if (outPath === undefined) throw new ArgsError('missing --out <scenario.json>: where to write the scenario')
  return {
    help: false,
    format,
    inPath,
    outPath,
    force,
    json,
    ...(values.has('--mapping') ? { mappingPath: values.get('--mapping') } : {}),
    ...(values.has('--save-mapping') ? { saveMappingPath: values.get('--save-mapping') } : {}),
  }
}

// A hall of many short rows with long names, close together: the case where row signs would overlap (a NetBox
// inventory of a few racks per cage). Built from scenarios/default.json, its two rows of twelve split into fourteen
// rows of two racks, seven a line, 1.6 m apart (0.4 m between rows), clear of the units at the walls.
import { readFileSync } from 'node:fs'

// Long, like the NetBox demo's sites; in no particular order, so the signs' priority (name order) is tested.
const NAMES = [
  ...['DM-Utica', 'DM-Syracuse', 'DM-Yonkers', 'DM-Akron', 'DM-Albany', 'DM-Buffalo', 'DM-Camden'],
  ...[
    'DM-Nashua',
    'DM-Pittsfield',
    'DM-Rochester',
    'DM-Scranton',
    'DM-Stamford',
    'DM-Binghamton',
    'Grinnells-Lab',
  ],
]

/** The scenario's JSON text: row i at x 2.2 + 1.6 (i mod 7) m, south line facing +y at y 3.3 m, north facing −y at 6.3 m. */
export function manyRowsText(): string {
  const doc = JSON.parse(readFileSync(new URL('../scenarios/default.json', import.meta.url), 'utf8')) as {
    name: string
    rows: { racks: unknown }[]
  }
  const racks = doc.rows[0].racks as { count: number }[]
  doc.name = 'Many short rows'
  doc.rows = NAMES.map((id, i) => ({
    id,
    xM: 2.2 + 1.6 * (i % 7),
    yM: i < 7 ? 3.3 : 6.3,
    axis: 'x',
    facing: i < 7 ? '+y' : '-y',
    racks: [{ ...racks[0], count: 2 }],
  }))
  return `${JSON.stringify(doc, null, 2)}\n`
}

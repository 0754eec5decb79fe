// The device-type mapping: each NetBox type with devices in racks → a linear model from a W figure, a catalogue
// SPECpower curve, or skipped. Every change maps the inventory again (src/state/netboxImport.ts).
import { useState } from 'react'
import { SPECPOWER_CATALOG } from '../../../sim/catalog/specpower.ts'
import { IDLE_SHARE } from '../../../sim/import/netbox/index.ts'
import type { MappingEntry } from '../../../sim/import/netbox/index.ts'
import { setTypeMapping, useNetboxImport } from '../../state/netboxImport.ts'
import type { TypeRow } from '../../state/netboxImport.ts'

/** Max W offered when a type without NetBox power data is switched to a W figure (a 1U server's order). */
const GUESS_MAX_W = 300

const choiceOf = (entry: MappingEntry | undefined) =>
  !entry || 'skip' in entry ? 'skip' : 'catalogue' in entry ? entry.catalogue : 'watts'

function entryFor(choice: string, row: TypeRow): MappingEntry {
  if (choice === 'skip') return { skip: true }
  if (choice !== 'watts') return { catalogue: choice as (typeof SPECPOWER_CATALOG)[number]['id'] }
  const maxW = row.drawW ?? GUESS_MAX_W
  return { idleW: Math.round(maxW * IDLE_SHARE), maxW }
}

/** The schema's range for a linear model: 0 ≤ idle ≤ max, 1 W ≤ max ≤ 20 kW. */
function valid(idle: string, max: string): boolean {
  const [idleW, maxW] = [Number(idle), Number(max)]
  return idle !== '' && max !== '' && idleW >= 0 && maxW >= 1 && idleW <= maxW && maxW <= 20_000
}

function WattInputs({ row, entry }: { row: TypeRow; entry: { idleW: number; maxW: number } }) {
  // Typed text is kept as typed; a valid pair is applied at once. Idle follows max at the catalogue's share until
  // the user types an idle figure of their own.
  const [text, setText] = useState({ idle: String(entry.idleW), max: String(entry.maxW) })
  const [idleTyped, setIdleTyped] = useState(false)
  const commit = (idle: string, max: string) => {
    setText({ idle, max })
    if (valid(idle, max)) setTypeMapping(row.key, { idleW: Number(idle), maxW: Number(max) })
  }
  const invalid = !valid(text.idle, text.max)
  const onMax = (max: string) =>
    commit(idleTyped || !(Number(max) >= 1) ? text.idle : String(Math.round(Number(max) * IDLE_SHARE)), max)
  return (
    <span className="netbox-watts">
      <label>
        idle
        <input
          type="number"
          min={0}
          value={text.idle}
          aria-label={`${row.label} idle W`}
          aria-invalid={invalid}
          data-testid={`netbox-idle-${row.key}`}
          onChange={(e) => {
            setIdleTyped(true)
            commit(e.target.value, text.max)
          }}
        />
      </label>
      <label title={invalid ? 'needs 0 ≤ idle ≤ max ≤ 20,000 W' : undefined}>
        max
        <input
          type="number"
          min={1}
          value={text.max}
          aria-label={`${row.label} max W`}
          aria-invalid={invalid}
          data-testid={`netbox-max-${row.key}`}
          onChange={(e) => onMax(e.target.value)}
        />
        W
      </label>
    </span>
  )
}

export function MappingTable() {
  const types = useNetboxImport((s) => s.types)
  const mapping = useNetboxImport((s) => s.mapping)
  return (
    <table className="netbox-mapping" data-testid="netbox-mapping">
      <thead>
        <tr>
          <th>Device type</th>
          <th className="num">Racked</th>
          <th className="num">NetBox draw</th>
          <th>Server model in Plenum</th>
        </tr>
      </thead>
      <tbody>
        {types.map((row) => {
          const entry = mapping[row.key]
          const choice = choiceOf(entry)
          return (
            <tr key={row.key} className={choice === 'skip' ? 'is-skipped' : undefined}>
              <td title={row.key}>{row.label}</td>
              <td className="num">{row.racked}</td>
              <td className="num">{row.drawW === null ? '—' : `${row.drawW} W`}</td>
              <td>
                <select
                  value={choice}
                  aria-label={`${row.label} maps to`}
                  data-testid={`netbox-map-${row.key}`}
                  onChange={(e) => setTypeMapping(row.key, entryFor(e.target.value, row))}
                >
                  <option value="watts">Linear, idle to max W</option>
                  <optgroup label="SPECpower catalogue">
                    {SPECPOWER_CATALOG.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.server}, {c.config}
                      </option>
                    ))}
                  </optgroup>
                  <option value="skip">Skip</option>
                </select>
                {entry && 'maxW' in entry && <WattInputs key={choice} row={row} entry={entry} />}
              </td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}

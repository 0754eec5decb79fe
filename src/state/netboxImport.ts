// The NetBox import in the page: a dropped or opened export is read here (the 274 KB demo reads and maps in tens
// of milliseconds, so it does not need the worker), shown in the import dialog with its counts, skips and the
// device-type mapping, and opened as the hall only when the user presses Import. docs/hall.md#netbox-import
import { create } from 'zustand'
import { defaultMapping, netboxToScenario, readNetboxText, typeKey } from '../../sim/import/netbox/index.ts'
import type { ImportResult, Inventory, Mapping, MappingEntry } from '../../sim/import/netbox/index.ts'
import { typePowersW } from '../../sim/import/netbox/index.ts'
import { openHall } from './openHall.ts'
import { showError } from './actions.ts'

/** One device type as the mapping table shows it. */
export interface TypeRow {
  key: string
  label: string
  /** Devices of this type sitting in a rack. */
  racked: number
  /** Power from its devices' ports, W, or null without data. */
  drawW: number | null
}

export interface NetboxImportState {
  open: boolean
  fileName: string
  inventory: Inventory | null
  types: TypeRow[]
  mapping: Mapping
  /** The scenario under the current mapping, or null when the mapping leaves nothing to simulate. */
  result: ImportResult | null
  /** Why there is no result. */
  problem: string | null
  busy: boolean
}

const CLOSED: NetboxImportState = {
  open: false,
  fileName: '',
  inventory: null,
  types: [],
  mapping: {},
  result: null,
  problem: null,
  busy: false,
}

export const useNetboxImport = create<NetboxImportState>()(() => CLOSED)

/**
 * Reads `text` as a NetBox export and opens the import dialog; false (the problem in the error banner, the hall
 * unchanged) when it cannot be read.
 */
export function startNetboxImport(text: string, fileName: string): boolean {
  let inventory: Inventory
  try {
    inventory = readNetboxText(text, fileName)
  } catch (error) {
    showError(error)
    return false
  }
  const mapping = defaultMapping(inventory)
  useNetboxImport.setState({
    ...CLOSED,
    open: true,
    fileName,
    inventory,
    types: typeRows(inventory),
    mapping,
  })
  recompute()
  return true
}

/** Changes one device type's mapping and maps the inventory again. */
export function setTypeMapping(key: string, entry: MappingEntry): void {
  useNetboxImport.setState((s) => ({ mapping: { ...s.mapping, [key]: entry } }))
  recompute()
}

/** Opens the imported scenario as the hall; the dialog closes once it loads (else the banner says why). */
export async function importNetboxHall(): Promise<boolean> {
  const { result, fileName } = useNetboxImport.getState()
  if (!result) return false
  useNetboxImport.setState({ busy: true })
  const meta = { key: `netbox:${fileName}`, id: null, origin: 'netbox' as const, source: fileName }
  const opened = await openHall(result.doc, meta)
  useNetboxImport.setState(opened ? CLOSED : { busy: false })
  return opened
}

/** Closes the dialog; the current hall stays. */
export function cancelNetboxImport(): void {
  useNetboxImport.setState(CLOSED)
}

function recompute(): void {
  const { inventory, mapping, fileName } = useNetboxImport.getState()
  if (!inventory) return
  try {
    const result = netboxToScenario(inventory, { mapping, source: fileName })
    useNetboxImport.setState({ result, problem: null })
  } catch (error) {
    useNetboxImport.setState({ result: null, problem: (error as Error).message })
  }
}

/** Device types with at least one device in a rack, most devices first. */
export function typeRows(inventory: Inventory): TypeRow[] {
  const powers = typePowersW(inventory)
  const racked = new Map<number, number>()
  for (const d of inventory.devices)
    if (d.rackId !== null && d.deviceTypeId !== null)
      racked.set(d.deviceTypeId, (racked.get(d.deviceTypeId) ?? 0) + 1)
  return inventory.deviceTypes
    .filter((t) => racked.has(t.id))
    .map((t) => ({
      key: typeKey(t),
      label: [t.manufacturer, t.model].filter(Boolean).join(' '),
      racked: racked.get(t.id) ?? 0,
      drawW: powers.get(t.id) ?? null,
    }))
    .sort((a, b) => b.racked - a.racked || (a.label < b.label ? -1 : 1))
}

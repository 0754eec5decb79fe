// Words for the ledger's resource kinds and the failure a breaking point assumes, for the Forecast tab.
import type { Command } from '../../../sim/index.ts'
import type { ResourceKind } from '../../../sim/forecast/ledger/index.ts'

export const KIND_LABELS: Record<ResourceKind, string> = {
  rackSpace: 'Rack space',
  rackPower: 'Rack power budget',
  branchCircuit: 'Branch circuits',
  abFeed: 'A/B feeds',
  pdu: 'PDUs',
  ups: 'UPS',
  cooling: 'Cooling (hall)',
  coolingUnit: 'Cooling units',
  inletRecommended: 'Inlet, recommended',
  inletAllowable: 'Inlet, allowable',
  queueWait: 'Queue wait',
}

export const kindLabel = (kind: string) => KIND_LABELS[kind as ResourceKind] ?? kind

/** "crah-2 out", "a module of ups-1 out", or "all equipment in" for no failure. */
export function failureLabel(failure: Command | null): string {
  if (!failure) return 'all equipment in'
  if (failure.type === 'failCoolingUnit') return `${failure.unitId} out`
  if (failure.type === 'failUpsModule') return `a module of ${failure.upsId} out`
  return failure.type === 'failPowerAsset' ? `${failure.assetId} out` : failure.type
}

/** A month from the start to one decimal, or "> N" when beyond the horizon (null). */
export const monthText = (month: number | null, months: number) =>
  month === null ? `> ${months}` : month.toFixed(1)

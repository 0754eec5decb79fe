// Naming an event's asset: racks and cooling units carry their scenario index so the page can select them.
import type { Scenario } from '../scenario/types.ts'
import type { RunEventAsset } from './types.ts'

export interface AssetNames {
  rack(id: string): RunEventAsset
  unit(id: string): RunEventAsset
  power(id: string): RunEventAsset
  hall(id: string): RunEventAsset
}

export function assetNames(scenario: Scenario): AssetNames {
  const rackIndex = new Map(scenario.racks.map((r, i) => [r.id, i]))
  const unitIndex = new Map(scenario.coolingUnits.map((u, j) => [u.id, j]))
  return {
    rack: (id) => ({ kind: 'rack', id, index: rackIndex.get(id) }),
    unit: (id) => ({ kind: 'unit', id, index: unitIndex.get(id) }),
    power: (id) => ({ kind: 'power', id }),
    hall: (id) => ({ kind: 'hall', id }),
  }
}

/** Watts as the log prints them: kW with one decimal ("182.0 kW"). */
export const kw = (w: number) => `${(w / 1000).toFixed(1)} kW`

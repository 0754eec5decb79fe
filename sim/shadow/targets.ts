// What a measured channel is compared with: the twin's value of that metric on that rack or cooling unit.
import type { World } from '../model/world.ts'
import type { Metric } from '../traces/series.ts'
import type { ShadowSpec } from '../scenario/shadowSchema.ts'

/** A simulated quantity a sensor can be judged against, read from the world after each settle. */
export interface ShadowTarget {
  kind: 'rack' | 'unit'
  /** Rack or cooling-unit index in the world. */
  index: number
  /** The simulated value now, in the metric's canonical unit (W or °C). */
  simulated(world: World): number
}

type Reader = (world: World, index: number) => number

/** Per rack: the power its servers draw and the air at its inlet and exhaust faces. */
const RACK: Partial<Record<Metric, Reader>> = {
  power: (w, i) => w.rackPowerW[i],
  inlet_temperature: (w, i) => w.rackInletC[i],
  exhaust_temperature: (w, i) => w.rackExhaustC[i],
}

/**
 * Per cooling unit: supply and return air, the heat its coil removes, and its own electrical draw (fans, plus
 * the compressor of a CRAC; a CRAH's chilled water is made by the plant, not by the unit).
 */
const UNIT: Partial<Record<Metric, Reader>> = {
  supply_temperature: (w, j) => w.unitSupplyC[j],
  return_temperature: (w, j) => w.unitReturnC[j],
  cooling_load: (w, j) => w.unitLoadW[j],
  power: (w, j) => w.unitFanW[j] + w.unitCompressorW[j],
}

/** The metrics the twin can be judged on, in report order. */
export const SHADOW_METRICS: readonly Metric[] = [
  'power',
  'inlet_temperature',
  'exhaust_temperature',
  'supply_temperature',
  'return_temperature',
  'cooling_load',
]

/** The anomaly margin of a metric under the scenario's shadow settings (scenario/shadowSchema.ts). */
export function marginOf(metric: Metric, spec: ShadowSpec) {
  return metric === 'power' || metric === 'cooling_load'
    ? { marginPct: spec.powerMarginPct, forS: spec.sustainS }
    : { marginAbs: spec.temperatureMarginK, forS: spec.sustainS }
}

/** Index of ids once per world: targets are resolved for every live sample. */
const indexCache = new WeakMap<World, { racks: Map<string, number>; units: Map<string, number> }>()

function indexOf(world: World) {
  let index = indexCache.get(world)
  if (!index) {
    index = {
      racks: new Map(world.scenario.racks.map((r, i) => [r.id, i])),
      units: new Map(world.scenario.coolingUnits.map((u, j) => [u.id, j])),
    }
    indexCache.set(world, index)
  }
  return index
}

/** The rack index of `asset`, or undefined. */
export function rackIndexOf(world: World, asset: string): number | undefined {
  return indexOf(world).racks.get(asset)
}

/** The target for (asset, metric), or undefined when the asset is no rack or unit that simulates the metric. */
export function shadowTarget(world: World, asset: string, metric: Metric): ShadowTarget | undefined {
  const { racks, units } = indexOf(world)
  const rack = racks.get(asset)
  const unit = units.get(asset)
  const read = rack !== undefined ? RACK[metric] : unit !== undefined ? UNIT[metric] : undefined
  if (!read) return undefined
  const kind = rack !== undefined ? 'rack' : 'unit'
  const index = (rack ?? unit)!
  return { kind, index, simulated: (world) => read(world, index) }
}

// The room as one zone per cooling unit, as the world carries it: layout, state, and the heat each zone receives.
import type { Scenario } from '../../scenario/types.ts'
import type { World } from '../world.ts'
import type { ZoneParams } from '../zone.ts'
import { coilLine } from '../cooling.ts'
import { buildZoneLayout } from './zoneLayout.ts'
import type { ZoneLayout } from './zoneLayout.ts'
import type { EigenCache, ZonalState, ZoneCoil } from './zoneSystem.ts'
import { advanceZones, meanOfZones, steadyZones, storedHeatJ } from './advanceZones.ts'
import type { InletMaps } from './zonalInlets.ts'
import type { SparseRows } from '../linalg.ts'

/** room.airZones 'perUnit': world.zones (docs/physics.md#zones-of-influence). */
export interface ZonalRoom {
  readonly layout: ZoneLayout
  /** Zone air and equipment temperatures now, °C, per cooling unit's zone. */
  state: ZonalState
  readonly cache: EigenCache
  /** The inlet maps for the running units and fan speeds they were built for (zonalInlets.ts). */
  inletMaps?: { running: Uint8Array; flow: Float64Array; maps: InletMaps }
  /** The racks' own heat term D·P, K, for the rack powers it was taken at, kept column by column (zonalInlets.ts). */
  readonly ownHeat: {
    riseK: Float64Array
    risePowerW: Float64Array
    changed: Uint32Array
    columns?: SparseRows
  }
  /** Scratch: units' supply and zones' air less their mean, °C (zonalInlets.ts). */
  readonly unitDev: Float64Array
  readonly zoneDev: Float64Array
}

export function createZonalRoom(
  scenario: Scenario,
  influence: Float64Array,
  rackAirflowM3s: Float64Array,
  params: ZoneParams,
  initialC: number,
): ZonalRoom {
  const layout = buildZoneLayout(scenario, influence, rackAirflowM3s, params)
  const z = layout.zoneCount
  return {
    layout,
    state: { airC: new Float64Array(z).fill(initialC), massC: new Float64Array(z).fill(initialC) },
    cache: new Map(),
    ownHeat: {
      riseK: new Float64Array(scenario.racks.length),
      risePowerW: new Float64Array(scenario.racks.length).fill(NaN),
      changed: new Uint32Array(scenario.racks.length),
    },
    unitDev: new Float64Array(z),
    zoneDev: new Float64Array(z),
  }
}

const OFF: ZoneCoil = { setpointC: 0, conductanceWK: 0, capacityW: 0, fanHeatW: 0 }

/** Every unit's coil line, in unit order, with a failed unit's conductance 0 (it moves no air). */
export function zoneCoils(world: World): ZoneCoil[] {
  const coils: ZoneCoil[] = []
  for (let j = 0; j < world.unitCount; j++) coils.push(world.unitRunning[j] ? coilLine(world, j) : OFF)
  return coils
}

/**
 * Heat released into each zone at the current rates, W, summing to world.heatInW: the racks' heat (IT and the
 * PDU losses that follow it) by each rack's share s_ij, unit j's fan heat into zone j (the air it moves is zone
 * j's), lighting and other room gains by air volume.
 */
export function zoneHeatW(world: World, layout: ZoneLayout, out: Float64Array): Float64Array {
  const z = layout.zoneCount
  let fanW = 0
  for (let j = 0; j < z; j++) fanW += world.unitFanW[j]
  const lightingW = world.totals.lightingW
  const rackHeatW = world.heatInW - fanW - lightingW
  let itW = 0
  out.fill(0)
  for (let i = 0; i < world.rackCount; i++) {
    const p = world.rackPowerW[i]
    if (p === 0) continue
    itW += p
    for (let j = 0; j < z; j++) out[j] += p * layout.rackShare[i * z + j]
  }
  for (let j = 0; j < z; j++) {
    const rackPart = itW > 0 ? out[j] / itW : layout.volumeShare[j]
    out[j] = rackHeatW * rackPart + lightingW * layout.volumeShare[j] + world.unitFanW[j]
  }
  return out
}

/**
 * Carries the zones over dtS at the present rates and sets world.zone to their capacity-weighted mean.
 * @returns heat stored in the zones, J (removed = released − stored keeps the books exact)
 */
export function advanceZonalRoom(world: World, zones: ZonalRoom, dtS: number): number {
  const heatW = zoneHeatW(world, zones.layout, new Float64Array(zones.layout.zoneCount))
  const before = zones.state
  zones.state = advanceZones(before, zones.layout, heatW, zoneCoils(world), dtS, zones.cache)
  world.zone = meanOfZones(zones.layout, zones.state)
  return storedHeatJ(zones.layout, before, zones.state)
}

/**
 * Puts the zones at the steady state of the present rates, starting from the one-zone answer `oneZoneC`. When
 * there is none (the running coils cannot hold the heat, or a zone with too little mixing cannot pass its
 * excess to its neighbours: it still moves an hour later), every zone keeps the one-zone answer.
 */
export function settleZonalRoom(world: World, zones: ZonalRoom, oneZoneC: number): void {
  const z = zones.layout.zoneCount
  const coils = zoneCoils(world)
  const uniform = { airC: new Float64Array(z).fill(oneZoneC), massC: new Float64Array(z).fill(oneZoneC) }
  let capacityW = 0
  for (const c of coils) if (c.conductanceWK > 0) capacityW += c.capacityW
  zones.state = uniform
  if (capacityW > world.heatInW) {
    const heatW = zoneHeatW(world, zones.layout, new Float64Array(z))
    const steady = steadyZones(zones.layout, heatW, coils, oneZoneC, zones.cache)
    const later = advanceZones(steady, zones.layout, heatW, coils, 3600, zones.cache)
    let moved = 0
    for (let j = 0; j < z; j++) moved = Math.max(moved, Math.abs(later.airC[j] - steady.airC[j]))
    if (moved < 1e-6) zones.state = steady
  }
  world.zone = meanOfZones(zones.layout, zones.state)
}

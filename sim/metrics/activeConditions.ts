// What the browser lists on demand: every condition active now (cooling, power chain, rack-inlet climate) with
// the time it was raised, and which cooling unit's zone each rack sits in when the room has zones.
import type { Simulation } from '../simulation.ts'
import type { ConditionEvent, ConditionKey } from '../model/conditionLog.ts'

export type ConditionGroup = 'cooling' | 'power' | 'climate'

/** One active condition: `value` against `limit` in `unit` (W for cooling and power, °C or % for climate). */
export interface ActiveCondition {
  group: ConditionGroup
  kind: string
  /** "cooling" for the hall's cooling, a UPS, PDU, "<pdu>/<rack>" breaker or rack id, or a rack id (climate). */
  assetId: string
  value: number
  limit: number
  unit: 'W' | '°C' | '%'
  /** When it was last raised, s since the scenario start; null once the log's cap dropped that event. */
  sinceS: number | null
}

/** The time of the latest `raised` event of each (kind, asset) in `log`. */
function raisedAt(log: readonly ConditionEvent<ConditionKey>[]): Map<string, number> {
  const at = new Map<string, number>()
  for (const e of log) if (e.transition === 'raised') at.set(`${e.kind} ${e.assetId}`, e.atS)
  return at
}

/** Every condition active now, cooling first, then the power chain, then the rack inlets' climate. */
export function activeConditionsOf(sim: Simulation): ActiveCondition[] {
  const { world, tracking } = sim
  const out: ActiveCondition[] = []
  const add = (
    group: ConditionGroup,
    log: readonly ConditionEvent<ConditionKey>[],
    list: readonly (ConditionKey & { value: number; limit: number; unit: ActiveCondition['unit'] })[],
  ) => {
    const at = raisedAt(log)
    for (const c of list) {
      const { kind, assetId, value, limit, unit } = c
      out.push({ group, kind, assetId, value, limit, unit, sinceS: at.get(`${kind} ${assetId}`) ?? null })
    }
  }
  const watts = (c: ConditionKey & { loadW: number; limitW: number }) => ({
    kind: c.kind,
    assetId: c.assetId,
    value: c.loadW,
    limit: c.limitW,
    unit: 'W' as const,
  })
  add('cooling', world.coolingConditions.log, world.coolingConditions.conditions.map(watts))
  add('power', world.electrical.log, world.electrical.conditions.map(watts))
  const climate = tracking.climate.conditions
  add('climate', climate.log, climate.conditions)
  return out
}

/** The zone a rack sits in: the cooling unit whose zone holds the largest share of its exhaust. */
export interface RackZone {
  unitId: string
  /** That zone's share of the rack, 0..1 (rows of s_ij sum to 1). */
  share: number
}

/** Per rack (scenario order) its zone, or null when the room is one well-mixed zone (room.airZones 'single'). */
export function rackZonesOf(sim: Simulation): RackZone[] | null {
  const zones = sim.world.zones
  if (!zones) return null
  const { zoneCount, rackShare } = zones.layout
  const units = sim.scenario.coolingUnits
  return sim.scenario.racks.map((_, i) => {
    let best = 0
    for (let j = 1; j < zoneCount; j++)
      if (rackShare[i * zoneCount + j] > rackShare[i * zoneCount + best]) best = j
    return { unitId: units[best].id, share: rackShare[i * zoneCount + best] }
  })
}

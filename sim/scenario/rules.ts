// Rules across fields of a scenario that one field's range cannot state (run by the schema's superRefine).
import type { z } from 'zod'

/** The parts of a parsed scenario the rules read (structural, so the schema can import this file). */
interface RuleInput {
  rows: { racks: { count: number; servers: { count: number }[] }[] }[]
  workload: { kind: string; autoscaler?: { maxServers: number } }
  room: { airZones: string }
  coolingUnits: unknown[]
}

/**
 * Zones per unit decompose a 2n × 2n matrix (n units) at every new combination of coil regimes: about 40 ms at 60
 * units (docs/physics.md#zones-of-influence), growing as n³.
 */
export const MAX_ZONED_UNITS = 60

/** Servers the rows hold: rack groups × servers stacked in each. */
function serverCountOf(spec: Pick<RuleInput, 'rows'>): number {
  let count = 0
  for (const row of spec.rows)
    for (const group of row.racks)
      for (const placement of group.servers) count += group.count * placement.count
  return count
}

/** An autoscaler can switch on at most the servers the hall has; zones per unit take at most MAX_ZONED_UNITS. */
export function checkScenarioRules(spec: RuleInput, ctx: z.RefinementCtx): void {
  const autoscaler = spec.workload.kind === 'jobs' ? spec.workload.autoscaler : undefined
  const servers = serverCountOf(spec)
  if (autoscaler && autoscaler.maxServers > servers)
    ctx.addIssue({
      code: 'custom',
      path: ['workload', 'autoscaler', 'maxServers'],
      message: `must be at most the hall's ${servers} servers, got ${autoscaler.maxServers}`,
    })
  if (spec.room.airZones === 'perUnit' && spec.coolingUnits.length > MAX_ZONED_UNITS)
    ctx.addIssue({
      code: 'custom',
      path: ['room', 'airZones'],
      message: `'perUnit' takes at most ${MAX_ZONED_UNITS} cooling units, the hall has ${spec.coolingUnits.length}`,
    })
}

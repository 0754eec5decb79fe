// Rules across fields of a scenario that one field's range cannot state (run by the schema's superRefine).
import type { z } from 'zod'

/** The parts of a parsed scenario the rules read (structural, so the schema can import this file). */
interface RuleInput {
  rows: { racks: { count: number; servers: { count: number }[] }[] }[]
  workload: { kind: string; autoscaler?: { maxServers: number } }
}

/** Servers the rows hold: rack groups × servers stacked in each. */
function serverCountOf(spec: Pick<RuleInput, 'rows'>): number {
  let count = 0
  for (const row of spec.rows)
    for (const group of row.racks)
      for (const placement of group.servers) count += group.count * placement.count
  return count
}

/** An autoscaler can switch on at most the servers the hall has. */
export function checkScenarioRules(spec: RuleInput, ctx: z.RefinementCtx): void {
  const autoscaler = spec.workload.kind === 'jobs' ? spec.workload.autoscaler : undefined
  const servers = serverCountOf(spec)
  if (autoscaler && autoscaler.maxServers > servers)
    ctx.addIssue({
      code: 'custom',
      path: ['workload', 'autoscaler', 'maxServers'],
      message: `must be at most the hall's ${servers} servers, got ${autoscaler.maxServers}`,
    })
}

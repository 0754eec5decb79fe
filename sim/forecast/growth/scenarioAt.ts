// A scenario as of a date: the inventory changes in force applied to its racks, cooling units and power chain,
// validated, the applied changes dropped from its growth section (so a later date applies only what is left).
import { ScenarioError, jsonPath } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { epochSOf } from './calendar.ts'
import { applyInventory, inventoryAt } from './inventory.ts'

/**
 * The scenario with every deployment (servers, racks, rows and facility changes), decommission and refresh
 * dated at or before `date` applied.
 * @param date ISO 8601 date or date-time, or Unix seconds
 * @throws ScenarioError naming the JSON path of every change that does not apply
 */
export function scenarioAt(scenario: Scenario, date: string | number, source = 'scenario'): Scenario {
  const epochS = typeof date === 'number' ? date : epochSOf(date)
  const changes = inventoryAt(scenario, date)
  if (!scenario.growth || changes.length === 0) return scenario
  const problems: { path: string; message: string }[] = []
  const applied = applyInventory(scenario.racks, scenario, changes, (path, message) =>
    problems.push({ path: jsonPath(path), message }),
  )
  if (problems.length > 0) throw new ScenarioError(source, problems)
  const keep = <T extends { date: string }>(list: T[]) => list.filter((c) => epochSOf(c.date) > epochS)
  const growth = {
    ...scenario.growth,
    deployments: keep(scenario.growth.deployments),
    decommissions: keep(scenario.growth.decommissions),
    refreshes: keep(scenario.growth.refreshes),
  }
  const { racks, coolingUnits, powerChain } = applied
  return Object.freeze({ ...scenario, racks, coolingUnits, powerChain, growth })
}

// A recommendation applied: its dated changes added to a copy of the scenario's growth section, each checked by
// the same growth sub-schema the parser uses, so applying advice in the product and writing it into the JSON by
// hand are the same edit. docs/forecast.md#provisioning-advice
import type { z } from 'zod'
import {
  decommissionSchema,
  deploymentSchema,
  growthSchema,
  refreshSchema,
  type GrowthSpec,
} from '../../scenario/growthSchema.ts'
import { ScenarioError, jsonPath, zodProblems, type ScenarioProblem } from '../../scenario/parse.ts'
import type { Scenario } from '../../scenario/types.ts'
import { epochSOf } from '../growth/calendar.ts'
import type { ScenarioChange } from './recommendation.ts'

const SCHEMA_OF: Record<ScenarioChange['into'], z.ZodType> = {
  deployments: deploymentSchema,
  decommissions: decommissionSchema,
  refreshes: refreshSchema,
}

/** A growth section for a scenario that has none: demand held flat, so only the changes move the hall. */
const flatGrowth = (): GrowthSpec => growthSchema.parse({ demand: { kind: 'compound', percentPerMonth: 0 } })

/** Inserts `entry` after every entry dated at or before it, keeping the list in the date order the parser asks. */
function insertByDate<T extends { date: string }>(list: readonly T[], entry: T): T[] {
  const epochS = epochSOf(entry.date)
  let at = list.length
  while (at > 0 && epochSOf(list[at - 1].date) > epochS) at--
  return [...list.slice(0, at), entry, ...list.slice(at)]
}

/**
 * The scenario with `changes` added to its growth section (created with flat demand when absent), each entry
 * placed in date order in its list. Pure: `scenario` is not touched.
 * @throws ScenarioError naming `$.changes[i].spec…` for every change the growth schema refuses
 */
export function applyChanges(
  scenario: Scenario,
  changes: readonly ScenarioChange[],
  source = 'changes',
): Scenario {
  const problems: ScenarioProblem[] = []
  const growth: GrowthSpec = { ...(scenario.growth ?? flatGrowth()) }
  changes.forEach((change, i) => {
    const schema = SCHEMA_OF[change.into] as z.ZodType | undefined
    if (!schema) {
      const into = String(change.into)
      problems.push({
        path: jsonPath(['changes', i, 'into']),
        message: `"${into}" is not one of deployments, decommissions, refreshes`,
      })
      return
    }
    const parsed = schema.safeParse(change.spec)
    if (!parsed.success) {
      for (const p of zodProblems(parsed.error))
        problems.push({ path: `$.changes[${i}].spec${p.path.slice(1)}`, message: p.message })
      return
    }
    const list = growth[change.into] as { date: string }[]
    ;(growth as Record<string, unknown>)[change.into] = insertByDate(list, parsed.data as { date: string })
  })
  if (problems.length > 0) throw new ScenarioError(source, problems)
  return Object.freeze({ ...scenario, growth })
}

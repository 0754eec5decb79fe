// The scenario format as JSON Schema (draft 2020-12), generated from the zod schema so the two never drift.
import { z } from 'zod'
import { scenarioSchema } from './schema.ts'

/** JSON Schema of what a scenario file may contain (the input side: defaults are optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://plenum.dev/schema/scenario-v1.json',
    title: 'Plenum scenario v1',
  }
}

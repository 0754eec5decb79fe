// Regenerates scenarios/schema.json from the zod schema (`npm run schema`); a test fails when it is stale.
import { writeFileSync } from 'node:fs'
import { scenarioJsonSchema } from '../sim/scenario/jsonSchema.ts'

writeFileSync('scenarios/schema.json', JSON.stringify(scenarioJsonSchema(), null, 2) + '\n')
console.log('wrote scenarios/schema.json')

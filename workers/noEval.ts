// Imported first by each entry point: zod must not test for eval, which the Content-Security-Policy forbids.
import { config } from 'zod'

// zod compiles object parsers with new Function unless told not to; its probe for that would be refused
// and reported as a CSP violation on every load. The scenario schemas are small: the interpreter is enough.
config({ jitless: true })

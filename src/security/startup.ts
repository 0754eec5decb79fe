// Imported first by main.tsx, so it runs before any other module of the page: security settings at start-up.
import '../../workers/noEval.ts'
import { applyConnectPolicy } from './connectPolicy.ts'

applyConnectPolicy()

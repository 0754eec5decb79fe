// The entry of each replica pool thread: Node 20 does not hand `--import tsx` to a worker's TypeScript entry,
// so this plain module registers tsx's loader (as `npm run sim` runs under) and then loads the real worker.
import { register } from 'tsx/esm/api'

register()
await import('./replicaWorker.ts')

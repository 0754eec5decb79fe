// The one simulation worker of the page and its typed comlink proxy; nothing else creates workers.
import { wrap } from 'comlink'
import type { SimApi } from '../../workers/simApi.ts'

const worker = new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module' })

/** Every call returns a promise; `step` transfers its buffer both ways (principle 10). */
export const simClient = wrap<SimApi>(worker)

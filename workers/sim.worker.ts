// The simulation worker: nothing but the comlink exposure of createSimApi().
import './noEval.ts' // first: before any zod schema is used
import { expose } from 'comlink'
import { createSimApi } from './simApi.ts'

expose(createSimApi())

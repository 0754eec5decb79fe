// The simulation worker: nothing but the comlink exposure of createSimApi().
import { expose } from 'comlink'
import { createSimApi } from './simApi.ts'

expose(createSimApi())

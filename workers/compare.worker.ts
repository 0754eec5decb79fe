// The compare worker: two runs walked side by side off the main thread and off the live twin's worker.
import './noEval.ts' // first: before any zod schema is used
import { expose } from 'comlink'
import { createCompareApi } from './compareApi.ts'

expose(createCompareApi())

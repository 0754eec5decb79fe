// A forecast pool worker: runs chunks of replicas of one forecast job (workers/forecastJob.ts) for the
// Forecast tab; the page starts navigator.hardwareConcurrency of them (src/bridge/forecastPool.ts).
import './noEval.ts' // first: before any zod schema is used
import { expose } from 'comlink'
import { forecastWorkerApi } from './forecastJob.ts'

expose(forecastWorkerApi)

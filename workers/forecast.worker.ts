// The forecast worker: a second thread for what-if forks, so replaying a run never stalls the live twin's steps.
import './noEval.ts' // first: before any zod schema is used
import { expose } from 'comlink'
import { createForecastApi } from './forecastApi.ts'

expose(createForecastApi())

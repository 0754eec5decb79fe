// Long horizons: months of a hall under a load path, and the per-month peaks and crossings later parts read.
export { runHorizon, FINE_STEP_S, COARSE_STEP_S, SCALE_STEP_S, TRIP_MARGIN_K } from './runHorizon.ts'
export type { HorizonMethod, HorizonOptions, HorizonResult, LoadScaleAt } from './runHorizon.ts'
// The growth section's month (one definition), re-exported for readers of month rows.
export { MONTH_S } from '../growth/calendar.ts'
export type { MonthRow } from './monthBook.ts'

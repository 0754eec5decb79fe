// Growth: the deterministic demand path, the inventory as of a date, cost and emissions by tariff, and demand
// fitted from measured history by exponential smoothing. docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
export { demandAt, loadScaleOf, monthsToReach, seasonalAt } from './demand.ts'
export type { DemandOptions } from './demand.ts'
export { MONTH_S, calendarMonthOf, epochSOf, monthsBetween } from './calendar.ts'
export { inventoryAt, allChanges } from './inventory.ts'
export type { InventoryChange } from './inventory.ts'
export { scenarioAt } from './scenarioAt.ts'
export { costOf } from './tariff.ts'
export type { MonthlyCost } from './tariff.ts'
export { energyByHourOf, peaksOf } from './series.ts'
export type { HourlyEnergy, PeriodPeak, PowerSeries } from './series.ts'
export { autoEts, fitEts } from './etsFit.ts'
export type { EtsFit } from './etsFit.ts'
export { forecastEts, growthTableOf, intervalOf, zOfLevel } from './etsForecast.ts'
export type { EtsForecast } from './etsForecast.ts'
export type { EtsForm, EtsParams, EtsState } from './etsModel.ts'
export { growthFromPeaks } from './growthFromPeaks.ts'
export type { GrowthFit } from './growthFromPeaks.ts'
export type {
  GrowthSpec,
  DemandSpec,
  SeasonalSpec,
  DeploymentSpec,
  DecommissionSpec,
  RefreshSpec,
  TariffSpec,
} from '../../scenario/growthSchema.ts'

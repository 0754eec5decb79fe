// Planned racks: where the growth section's racks and rows will stand and from when, for ghosts in the hall.
export { rackPlanOf } from './rackPlan.ts'
export type { LeavingRack, PlanGroup, PlannedRack, PlannedUnit, RackPlan } from './rackPlan.ts'

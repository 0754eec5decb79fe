// Placement advice (issue 10, item 5): where N servers of a model can go without breaching inlet limits,
// power budgets or redundancy, found by simulation, ranked by remaining headroom. docs/forecast.md#placement-advice
export { placementsFor } from './placementsFor.ts'
export { PlacementRequestError, MAX_SERVERS } from './baseline.ts'
export type {
  BindingLine,
  Placement,
  PlacementRequest,
  PlacementResult,
  Rejection,
  RejectionCounts,
} from './types.ts'
export type { RackSlots } from './slots.ts'

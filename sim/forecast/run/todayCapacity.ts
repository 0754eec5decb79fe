// What the forecast reports of today's hall, the same in every replica: the breaking point all-in and under the
// worst single failure, and stranded capacity per rack at today's peak.
import { breakingPoints, strandedByRack, type BreakingPoint, type RackStranding } from '../ledger/index.ts'
import type { ForecastPlan } from './plan.ts'

export interface TodayCapacity {
  breakingPoint: {
    allIn: BreakingPoint
    /** null when the design rides through no single failure (nothing to try). */
    worstSingleFailure: BreakingPoint | null
  }
  strandedByRack: RackStranding[]
}

/** From the plan's first segment (today's inventory at today's peak). */
export function todayCapacityOf(plan: ForecastPlan): TodayCapacity {
  const point = plan.segments[0].point
  const { allIn, worstSingleFailure } = breakingPoints(point)
  // Settled after the searches, which leave the point's world at their last scale.
  const stranded = strandedByRack(point.settle(1))
  return { breakingPoint: { allIn, worstSingleFailure }, strandedByRack: stranded }
}

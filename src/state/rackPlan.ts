// The planned racks of the hall on screen (its growth section plus the applied recommendations), fetched from the
// simulation worker: the 3D ghosts and the legend read the same copy.
import { create } from 'zustand'
import type { Recommendation } from '../../sim/forecast/advice/recommendation.ts'
import type { RackPlan } from '../../sim/forecast/plan/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { simClient } from '../bridge/simClient.ts'
import { showError } from './actions.ts'

interface RackPlanState {
  /** The plan and the hall (layout) and applied recommendations it was computed for. */
  plan: RackPlan | null
  of: { layout: SceneLayout; applied: readonly Recommendation[] } | null
}

export const useRackPlan = create<RackPlanState>()(() => ({ plan: null, of: null }))

let asked = 0

/** Fetches the plan for this hall and these applied recommendations; a newer request wins over an older one. */
export async function refreshRackPlan(
  layout: SceneLayout,
  applied: readonly Recommendation[],
): Promise<void> {
  const mine = ++asked
  try {
    const plan = await simClient.rackPlan(applied.flatMap((r) => r.changes))
    if (mine === asked) useRackPlan.setState({ plan, of: { layout, applied } })
  } catch (error) {
    if (mine === asked) useRackPlan.setState({ plan: null, of: null })
    showError(error)
  }
}

/** The plan if it belongs to this hall (not one fetched for the previous hall), else null. */
export const planFor = (state: RackPlanState, layout: SceneLayout | null) =>
  state.of && state.of.layout === layout ? state.plan : null

// Two runs compared: what the compare view computed, and what the 3D hall colours by in the 'compare' mode.
import { create } from 'zustand'

export interface CompareState {
  /** Plain names of the two runs, A and B (e.g. "default", "default + CRAH-1 failed"). */
  labelA: string | null
  labelB: string | null
  /**
   * Per rack of the hall on screen (scenario order), B's inlet minus A's at the compared time, K; null when
   * no comparison is shown or the halls' racks do not match.
   */
  rackDeltaC: readonly number[] | null
}

export const useCompare = create<CompareState>()(() => ({ labelA: null, labelB: null, rackDeltaC: null }))

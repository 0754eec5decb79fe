// Slow UI state (principle 12): what the controls and panels show; per-frame numbers live in bridge/live.ts.
import { create } from 'zustand'
import type { SceneLayout } from '../../sim/index.ts'
import { DEFAULT_SCENARIO } from './scenarios.ts'

export type Selection = { kind: 'rack' | 'unit'; index: number }

/** Speed choices in simulated seconds per wall-clock second. */
export const SPEEDS: readonly { value: number; label: string }[] = [
  { value: 60, label: '1 min/s' },
  { value: 600, label: '10 min/s' },
  { value: 3600, label: '1 h/s' },
  { value: 21600, label: '6 h/s' },
]

export interface UiState {
  scenario: string
  layout: SceneLayout | null
  loading: boolean
  running: boolean
  speed: number
  selection: Selection | null
  /** Running flag per cooling unit, sampled from the snapshot at about 2 Hz. */
  unitRunning: readonly boolean[]
  /** Header KPIs sampled at about 2 Hz, for panels that may re-render. */
  kpis: { timeS: number; itKw: number; pue: number; maxInletC: number } | null
  error: string | null
}

export const useUi = create<UiState>()(() => ({
  scenario: DEFAULT_SCENARIO,
  layout: null,
  loading: false,
  running: false,
  speed: 600,
  selection: null,
  unitRunning: [],
  kpis: null,
  error: null,
}))

// What a placement request asks and what it answers. docs/forecast.md#placement-advice
import type { Command } from '../../commands.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import type { ScenarioChange } from '../advice/recommendation.ts'
import type { RackSlots } from './slots.ts'

export interface PlacementRequest {
  /** Id of a scenario serverModels entry. */
  model: string
  /** Servers to place, 1…MAX_SERVERS. */
  count: number
  /** ISO 8601 date the servers go in (the hall as of then, scenarioAt); default the scenario's start. */
  date?: string
  /** Placements to return, best first (default 5). */
  top?: number
  /** Hottest inlet allowed with everything in service, °C; default each rack's ASHRAE recommended maximum. */
  inletLimitC?: number
  /** Hottest inlet allowed under a single failure, °C; default each rack's class allowable maximum. */
  failureInletLimitC?: number
  /** Candidates verified by simulation at most (each builds a world: ~1 s for 440 racks); default top + 6. */
  maxVerifications?: number
  /** × today's IT power, as the ledger's operating point scales it (default 1: today's peak). */
  loadScale?: number
  /** A trace driving the day whose peak is today's load. */
  trace?: TraceInput
}

/** A ledger line as a placement leaves it: its key, margin share and, under a failure, which one. */
export interface BindingLine {
  key: string
  /** Margin left, % of the design limit (all in service) or of the installed limit (under a failure). */
  marginPct: number
  used: number
  limit: number
  unit: string
  /** The rack whose inlet binds, for an inlet line. */
  where?: string
  /** The single failure it was read under; absent with everything in service. */
  failure?: Command
}

export interface Placement {
  /** Racks and rack units the servers take. */
  slots: RackSlots[]
  /** Smallest margin %, all in service, over the lines it touches and every inlet: the ranking key. */
  headroomPct: number
  binding: BindingLine
  /** The same over its own rack lines (budget, circuits, feed) and inlets: breaks ties of hall-wide lines. */
  localHeadroomPct: number
  /** Smallest margin to the installed limit over every single failure tried; null when none applies. */
  failureHeadroom: BindingLine | null
  /** The growth deployments that apply it (kind 'servers', dated). */
  changes: ScenarioChange[]
}

/** Why a candidate was turned down: a count per reason key ('space', 'rackPower:over', 'n-1 inlet', …). */
export type RejectionCounts = Record<string, number>

export interface Rejection {
  racks: string[]
  reason: string
  /** The line, its numbers and the failure, in words. */
  detail: string
}

export interface PlacementResult {
  model: string
  count: number
  date: string
  /** IT power at today's peak the placements were judged against, W (before the servers). */
  peakItW: number
  /** Each new server's estimated draw, W (mean over the candidate racks' utilisations). */
  serverW: number
  placements: Placement[]
  rejected: RejectionCounts
  /** The candidates verified and turned down, in the order tried (at most 50). */
  rejections: Rejection[]
  /** Candidates verified by simulation, and settles that took. */
  verified: number
  settles: number
  /** Lines already broken before any server is added (all in service): placements are not blamed for them. */
  alreadyBroken: string[]
  /** Why nothing was placed; absent when something was. */
  why?: string
}

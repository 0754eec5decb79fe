// The expanded, validated Scenario that the engine consumes (specs, not runtime state).
import type {
  Command,
  CoolingUnitSpec,
  Facing,
  ScenarioSpec,
  ServerModelSpec,
  WorkloadSpec,
} from './schema.ts'
import type { EquipmentClassName } from '../metrics/ashrae.ts'
import type { GrowthSpec } from './growthSchema.ts'
import type { ReliabilitySpec } from './reliabilitySchema.ts'

/** One server in a rack: its model (index into Scenario.serverModels) and lowest rack unit. */
export interface PlacedServer {
  modelIndex: number
  uPosition: number
}

/** One rack with its floor position (centre, m) and the servers it holds. */
export interface Rack {
  id: string
  rowId: string
  /** The number in its id minus one: its position in the row, 0-based, unless an edit split the row (ids kept). */
  rowIndex: number
  /** True for the first and last rack of a row, where exhaust wraps around the row end. */
  rowEnd: boolean
  xM: number
  yM: number
  facing: Facing
  widthM: number
  depthM: number
  heightM: number
  uHeight: number
  powerBudgetKw: number
  servers: PlacedServer[]
  /** ASHRAE class of the rack's equipment when it differs from room.ashraeClass. */
  ashraeClass?: EquipmentClassName
  /** Tape storage: held to 5 °C of change in an hour. */
  tapeStorage?: boolean
}

export interface TimedCommand {
  atS: number
  command: Command
}

export interface Scenario {
  name: string
  description: string
  seed: number
  /** Unix seconds of simulated t = 0. */
  startEpochS: number
  horizonS: number
  stepS: number
  room: ScenarioSpec['room']
  aisles: ScenarioSpec['aisles']
  serverModels: ServerModelSpec[]
  racks: Rack[]
  coolingUnits: CoolingUnitSpec[]
  coolingRedundancy: ScenarioSpec['coolingRedundancy']
  electrical: ScenarioSpec['electrical']
  powerChain: ScenarioSpec['powerChain']
  plant: ScenarioSpec['plant']
  workload: WorkloadSpec
  events: TimedCommand[]
  shadow: ScenarioSpec['shadow']
  /** Growth over months (docs/forecast.md); the engine's run ignores it, the forecast reads it. */
  growth?: GrowthSpec
  /** MTBF/MTTR per asset kind for the forecast's Monte Carlo; absent: the sourced defaults. */
  reliability?: ReliabilitySpec
}

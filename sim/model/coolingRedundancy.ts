// Cooling redundancy as an engineer states it: the heat load against what the running units can remove, all of
// them (over capacity) and with the design's spare units out (redundancy lost), as logged conditions.
import type { z } from 'zod'
import type { coolingRedundancySchema } from '../scenario/hallSchema.ts'
import type { Condition } from './conditionLog.ts'
import { activeKeys, isActive, overLimit, recordConditions } from './conditionLog.ts'
import type { World } from './world.ts'

export type CoolingRedundancy = z.output<typeof coolingRedundancySchema>

export type CoolingConditionKind = 'redundancyLost' | 'overCapacity'

/**
 * One cooling condition of the hall (assetId "cooling"): loadW is the heat the coils must remove, limitW the
 * rated capacity of every running unit (overCapacity) or what is left with the design's spares out
 * (redundancyLost).
 */
export interface CoolingCondition extends Condition {
  kind: CoolingConditionKind
}

/** The asset id of the hall's cooling in conditions and events. */
export const COOLING_ASSET_ID = 'cooling'

/**
 * Units the design may lose and still carry its load: 0 for N, 1 for N+1, 2 for N+2, half the installed
 * units for 2N (a whole side of two equal halves; docs/physics.md#cooling-redundancy-and-ab-feed-subscription).
 */
export function designSpareUnits(design: CoolingRedundancy, installedUnits: number): number {
  if (design === '2N') return Math.floor(installedUnits / 2)
  return design === 'N+2' ? 2 : design === 'N+1' ? 1 : 0
}

/** Sum of `capacitiesW` less its `spares` largest entries, W (0 when no more than `spares` are given). */
export function capacityWithoutLargestW(capacitiesW: readonly number[], spares: number): number {
  const sorted = [...capacitiesW].sort((x, y) => y - x)
  let leftW = 0
  for (let k = spares; k < sorted.length; k++) leftW += sorted[k]
  return leftW
}

/** The heat load and the two capacities it is held against, W, at the current state. */
export interface CoolingCapacity {
  design: CoolingRedundancy
  spareUnits: number
  runningUnits: number
  heatW: number
  runningCapacityW: number
  /** What the running units can remove with the design's spares (the largest running ones) out. */
  designCapacityW: number
}

/**
 * Rated sensible capacity of the running units against world.heatInW, the heat the coils must remove
 * (IT + fans + lighting + losses released in the hall, as coolingStep sums it). Rated, not the capacity at
 * the present fan speed and return temperature: the nameplate is what a redundancy design is stated in.
 */
export function coolingCapacityOf(
  world: Pick<World, 'scenario' | 'unitRunning' | 'heatInW'>,
): CoolingCapacity {
  const { coolingUnits, coolingRedundancy: design } = world.scenario
  const runningW: number[] = []
  coolingUnits.forEach((unit, j) => {
    if (world.unitRunning[j]) runningW.push(unit.capacityKw * 1000)
  })
  const spareUnits = designSpareUnits(design, coolingUnits.length)
  return {
    design,
    spareUnits,
    runningUnits: runningW.length,
    heatW: world.heatInW,
    runningCapacityW: capacityWithoutLargestW(runningW, 0),
    designCapacityW: capacityWithoutLargestW(runningW, spareUnits),
  }
}

/**
 * The cooling conditions now: overCapacity when the heat exceeds what every running unit can remove,
 * redundancyLost when it exceeds what is left with the design's spares out (never for design N, which
 * promises no spare). Over capacity is always redundancy lost as well, and both are listed. A condition in
 * `active` (the ones raised before) holds until the heat is below its limit by CONDITION_DEADBAND.
 */
export function checkCooling(
  capacity: CoolingCapacity,
  active: readonly CoolingCondition[] = [],
): CoolingCondition[] {
  const found: CoolingCondition[] = []
  const { heatW, runningCapacityW, designCapacityW } = capacity
  const held = activeKeys(active)
  const over = (kind: CoolingConditionKind, limitW: number) =>
    overLimit(heatW, limitW, isActive(held, kind, COOLING_ASSET_ID))
  if (capacity.spareUnits > 0 && over('redundancyLost', designCapacityW))
    found.push({ kind: 'redundancyLost', assetId: COOLING_ASSET_ID, loadW: heatW, limitW: designCapacityW })
  if (over('overCapacity', runningCapacityW))
    found.push({ kind: 'overCapacity', assetId: COOLING_ASSET_ID, loadW: heatW, limitW: runningCapacityW })
  return found
}

/** The cooling's state as a snapshot carries it: an index into this list. */
export const COOLING_STATES = ['within design', 'redundancy lost', 'over capacity'] as const

/** 2 while over capacity, 1 while redundancy is lost, else 0 (an index into COOLING_STATES). */
export function coolingStateCode(conditions: readonly CoolingCondition[]): number {
  if (conditions.some((c) => c.kind === 'overCapacity')) return 2
  return conditions.some((c) => c.kind === 'redundancyLost') ? 1 : 0
}

/** Checks the cooling after coolingStep and logs the conditions that start or end at `nowS`. */
export function coolingConditionStep(world: World, nowS: number): void {
  const log = world.coolingConditions
  recordConditions(log, nowS, checkCooling(coolingCapacityOf(world), log.conditions))
}

/**
 * Reports a design the installed units cannot meet: N+1 needs 2 units, N+2 three, 2N an even number (two
 * equal sides). `report` takes a path inside the scenario and a message.
 */
export function checkCoolingRedundancy(
  design: CoolingRedundancy,
  installedUnits: number,
  report: (path: PropertyKey[], message: string) => void,
): void {
  // A hall with no units yet (a new one, docs/hall.md#empty-halls) has nothing to be redundant.
  if (installedUnits === 0) return
  const needed = design === '2N' ? 2 : designSpareUnits(design, installedUnits) + 1
  if (installedUnits < needed)
    report(
      ['coolingRedundancy'],
      `${design} needs at least ${needed} cooling units, the hall has ${installedUnits}`,
    )
  else if (design === '2N' && installedUnits % 2 !== 0)
    report(
      ['coolingRedundancy'],
      `2N needs an even number of cooling units (two equal sides), the hall has ${installedUnits}`,
    )
}

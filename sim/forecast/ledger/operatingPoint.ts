// A steady operating point: one private world settled at today's utilisation, its IT power scaled, with
// optional failures, by the engine's own steps and the zone's steady air (no time stepping).
import { applyCommand, type Command } from '../../commands.ts'
import { buildWorld } from '../../scenario/build.ts'
import type { Scenario } from '../../scenario/types.ts'
import type { World } from '../../model/world.ts'
import { coolingStep } from '../../model/cooling.ts'
import { settleZone } from '../../model/continuous.ts'
import { electricalStep } from '../../model/electrical.ts'
import { facilityStep, powerStep } from '../../model/rackPower.ts'
import { rackTemperatures, thermalStep } from '../../model/thermal.ts'

/**
 * Fixed-point passes over inlet-driven server power (+0.4 %/K above 23 °C) and the inlets it heats: the coupling
 * is weak (a 1 K error moves power 0.4 %, which moves inlets by a fraction of a kelvin), so few passes converge.
 */
const SETTLE_PASSES = 3

export interface OperatingPoint {
  /** The private world every settle overwrites: read it (or its ledger) before the next settle. */
  readonly world: World
  /** Evaluations so far: the cost of a search is this many settles. */
  readonly settles: number
  /**
   * Settles at `scale` × today's IT power (per rack, at today's airflow) with `failure` (failCoolingUnit,
   * failPowerAsset or failUpsModule, or several of them, applied in order: two failUpsModule on one UPS take
   * two of its modules) applied; everything else in service. `epochS` moves the moment the plant's outdoor air is
   * taken at (default: the point's), e.g. to each forecast month's peak, so PUE follows the seasons.
   * `utilization` replaces the point's per-server utilisation for this settle (another workload seed's peak on
   * the same inventory): every settle starts from the built room, so this equals a point built with it.
   */
  settle(
    scale: number,
    failure?: Command | readonly Command[],
    options?: { epochS?: number; utilization?: ArrayLike<number> },
  ): World
}

/**
 * `utilization` is each server's utilisation at the moment to evaluate (e.g. the day's peak, todayPoint.ts);
 * `epochS` the time the plant's outdoor conditions are taken at. Load scales as power, not as utilisation
 * (which saturates at 1): more of today's load in the same places, as growth adds it. Airflow stays today's,
 * because the recirculation matrix and zones are built for it; exhausts then run hotter than added servers
 * would make them, which errs on the safe side for the inlet lines.
 */
export function createOperatingPoint(
  scenario: Scenario,
  utilization: ArrayLike<number>,
  epochS: number = scenario.startEpochS,
): OperatingPoint {
  const world = buildWorld(scenario)
  if (utilization.length !== world.serverCount)
    throw new Error(`utilization has ${utilization.length} servers, the scenario ${world.serverCount}`)
  const base = Float64Array.from(utilization)
  let settles = 0
  // Every settle starts from the built room, not from the previous settle's: the passes below stop before the
  // inlet-power fixed point is exact, so a warm start would make a result depend on what was settled before it
  // (a forecast replica's crossings then depended on which replicas a worker had run first).
  const builtZone = world.zone
  const builtInletC = Float64Array.from(world.rackInletC)
  const builtPowerW = Float64Array.from(world.rackPowerW)
  const builtZones = world.zones?.state

  function reset(utilization: ArrayLike<number>): void {
    world.zone = builtZone
    world.rackInletC.set(builtInletC)
    // The first pass's inlets come from the rack power already in the world.
    world.rackPowerW.set(builtPowerW)
    if (world.zones && builtZones) world.zones.state = builtZones
    world.unitRunning.fill(1)
    world.rackTripped.fill(0)
    world.serverUtilization.set(utilization)
    const { chain, state } = world.electrical
    if (chain && state) {
      state.upsAlive.fill(1)
      state.pduAlive.fill(1)
      state.upsModulesAlive.set(chain.upsModuleCount)
    }
  }

  return {
    world,
    get settles() {
      return settles
    },
    settle(scale, failure, options = {}) {
      if (!(scale >= 0 && Number.isFinite(scale))) throw new Error(`load scale must be ≥ 0, got ${scale}`)
      settles++
      const atS = options.epochS ?? epochS
      const utilizationNow = options.utilization ?? base
      if (utilizationNow.length !== world.serverCount)
        throw new Error(`utilization has ${utilizationNow.length} servers, the scenario ${world.serverCount}`)
      reset(utilizationNow)
      if (failure)
        for (const command of Array.isArray(failure) ? failure : [failure]) applyCommand(world, command)
      // The order of the simulation's own settle (simulation.ts), with the zone put at its steady air each pass.
      for (let pass = 0; pass < SETTLE_PASSES; pass++) {
        coolingStep(world, atS)
        rackTemperatures(world, world.zone.airC, world.unitSupplyC, world.rackSupplyC, world.rackInletC)
        powerStep(world)
        let itW = 0
        for (let i = 0; i < world.rackCount; i++) itW += world.rackPowerW[i] *= scale
        world.totals.itW = itW
        electricalStep(world, 0)
        coolingStep(world, atS)
        settleZone(world)
        coolingStep(world, atS)
        thermalStep(world)
      }
      facilityStep(world)
      return world
    },
  }
}

// runReport: a run reduced to plain JSON: thermal (inlets, indices, failures), cooling (units, plant), power.
import type { Simulation } from '../simulation.ts'
import { FAILURE_LIMITS_C } from './ashrae.ts'
import type { Command } from '../commands.ts'
import { upsLive } from '../model/powerChain/state.ts'
import type { OutdoorSeries } from '../model/plant/outdoor.ts'
import { airSideConditions } from '../model/plant/economiserChoice.ts'
import { scenarioEconomiserHours, seriesEconomiserHours } from './economiserReport.ts'
import { humidityOf, type HumidityReport } from './humidityReport.ts'
import { energyToJ, J_PER_KWH, pueOf } from './kpis.ts'
import { workloadOf } from './workloadReport.ts'
import { coolingRedundancyOf, overSubscribedRacksOf } from './conditionsReport.ts'
import type { WorkloadReport } from './workloadReport.ts'
import type { ShadowReport } from '../shadow/shadowRun.ts'
import { airIndicesOf } from './indices.ts'
import { airSideOf } from './airSideReport.ts'
import { plantOf, type PlantReport } from './plantReport.ts'
import { zonesOf } from './zonesReport.ts'

export interface FailureReport {
  atS: number
  command: Command
  /** Seconds from the failure to each of FAILURE_LIMITS_C, keyed by the limit in °C; null: not in a day. */
  timeToLimitS: Record<string, number | null>
}

export type ThermalReport = ReturnType<typeof thermalOf>
export type CoolingReport = ReturnType<typeof coolingOf>
export type PowerReport = ReturnType<typeof powerOf>
export type UnitReport = CoolingReport['units'][number]
export type StageReport = ReturnType<typeof stageOf>

/** Non-finite figures (SHI with no rack heat, RTI with no cooling airflow) are null, as JSON makes them. */
export interface RunReport {
  thermal: ThermalReport
  cooling: CoolingReport
  power: PowerReport
  workload: WorkloadReport
  /** Pumps, tower, UPS-room cooling, chilled-water flow, PUE at two measurement points, pPUE (plantReport.ts). */
  plant: PlantReport
  /** Supply dew point, inlet RH, ASHRAE class states, inlet conditions (humidityReport.ts). */
  humidity: HumidityReport
  /** Only when the run was given measured values (shadow mode). */
  shadow?: ShadowReport
}

const finite = (value: number) => (Number.isFinite(value) ? value : null)
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0)

/**
 * Reduces `sim` at its current time to plain data (no typed arrays, NaN or Infinity), so JSON.stringify of
 * equal runs is byte-identical. Energies include the open interval since the last event. `outdoor`, when
 * given, replaces the scenario's outdoor spec for the economiser hours only (not for the run).
 */
export function runReport(sim: Simulation, options: { outdoor?: OutdoorSeries } = {}): RunReport {
  return {
    thermal: thermalOf(sim),
    cooling: coolingOf(sim, options.outdoor),
    power: powerOf(sim),
    workload: workloadOf(sim),
    humidity: humidityOf(sim),
    plant: plantOf(sim),
    ...(sim.shadow() ? { shadow: sim.shadow() } : {}),
  }
}

/** Per-rack hottest inlet and time above limits over the run; SHI, RHI, RTI and RCI at the end state. */
function thermalOf(sim: Simulation) {
  const { world, tracking } = sim
  const compliance = tracking.compliance
  const air = airIndicesOf(world)
  return {
    ashraeClass: world.scenario.room.ashraeClass,
    perRackMaxInletC: Object.fromEntries(
      world.scenario.racks.map((rack, i) => [rack.id, finite(tracking.rackMaxInletC[i])]),
    ),
    maxInletC: finite(Math.max(...tracking.rackMaxInletC)),
    /** Sharma et al. (2002) against the running units' supply air; RHI = 1 − SHI (docs/physics.md). */
    shi: finite(air.shi),
    rhi: finite(air.rhi),
    /** Herrlin's RCI over the racks' intakes against the class's recommended and allowable limits, %. */
    rciHiPct: finite(air.rciHiPct),
    rciLoPct: finite(air.rciLoPct),
    /** Herrlin's RTI, (T_return − T_supply)/ΔT_racks, %: above 100 recirculation, below 100 bypass. */
    rtiPct: finite(air.rtiPct),
    /** Room level: seconds in which at least one inlet was above 27 °C / the class's allowable maximum. */
    secondsAboveRecommended: compliance.timeAboveS('recommended'),
    secondsAboveAllowable: compliance.timeAboveS('allowable'),
    /** Onsets of > 20 °C in an hour plus > 5 °C in 15 min, summed over the inlet sensors. */
    rateOfChangeViolations:
      sum(compliance.hourChangeViolations) + sum(compliance.quarterHourChangeViolations),
    failures: sim.failures.map((f): FailureReport => ({
      atS: f.atS,
      command: { ...f.command },
      timeToLimitS: Object.fromEntries(FAILURE_LIMITS_C.map((c, k) => [String(c), f.timeToLimitS[k]])),
    })),
    /** Racks that shut down on inlet temperature (at room.serverTripInletC) and came back. */
    serverTrips: world.thermalEvents.map((e) => ({ ...e })),
    /** Zones of influence: each unit's zone now, every failure's per-rack time to a limit (zonesReport.ts). */
    zones: zonesOf(sim),
  }
}

function coolingOf(sim: Simulation, outdoor: OutdoorSeries | undefined) {
  const { world, tracking, scenario } = sim
  const openS = Number.isNaN(tracking.lastS) ? 0 : sim.nowS - tracking.lastS
  const kwh = (energyJ: Float64Array, powerW: Float64Array, j: number) =>
    (energyJ[j] + powerW[j] * openS) / J_PER_KWH
  const units = scenario.coolingUnits.map((unit, j) => ({
    id: unit.id,
    type: unit.type,
    running: world.unitRunning[j] === 1,
    loadKw: world.unitLoadW[j] / 1000,
    /** Heat removed over the whole run (failed time included) / run length, kW. */
    meanLoadKw: sim.nowS > 0 ? (kwh(tracking.unitRemovedJ, world.unitLoadW, j) * 3600) / sim.nowS : 0,
    fanEnergyKwh: kwh(tracking.unitFanJ, world.unitFanW, j),
    /** Compressor energy (CRAC) or the unit's share of chiller energy by load (CRAH), kWh. */
    compressorEnergyKwh: kwh(tracking.unitCompressorJ, world.unitCompressorW, j),
    supplyC: world.unitSupplyC[j],
    flowFraction: world.unitFlowFraction[j],
  }))
  const plant = world.plant.spec
  const hours = outdoor
    ? seriesEconomiserHours(plant, outdoor, undefined, airSideConditions(world))
    : scenarioEconomiserHours(plant, scenario.startEpochS, sim.nowS, airSideConditions(world))
  return {
    units,
    roomAirC: world.zone.airC,
    chillerFraction: world.plantPoint.chillerFraction,
    outdoorDryBulbC: finite(world.plantPoint.dryBulbC),
    economiser: { source: outdoor ? ('file' as const) : ('scenario' as const), ...hours },
    redundancy: coolingRedundancyOf(sim),
    /** Fan heat, coil load and net removal per unit, with return, coil-leaving and supply air (airSideReport.ts). */
    airSide: airSideOf(world),
  }
}

function powerOf(sim: Simulation) {
  const { world } = sim
  const t = world.totals
  const { chain, state, flow, conditions, log, eventCount } = world.electrical
  const openS = sim.nowS - t.integratedToS
  const upsLossJ = t.upsLossEnergyJ + t.upsLossW * openS
  const pduLossJ = t.pduLossEnergyJ + t.pduLossW * openS
  const { itJ } = energyToJ(world, sim.nowS)
  const stages: StageReport[] = []
  if (chain && state && flow) {
    for (const [u, id] of chain.upsIds.entries()) {
      const watts = [flow.upsOutputW[u], flow.upsLossW[u], chain.upsRatedW[u]]
      stages.push(stageOf(id, 'ups', upsLive(state, u), watts))
    }
    for (const [p, id] of chain.pduIds.entries()) {
      const watts = [flow.pduOutputW[p], flow.pduLossW[p], chain.pduRatedW[p]]
      stages.push(stageOf(id, 'pdu', flow.pduEnergised[p] === 1, watts))
    }
  }
  // An over-subscribed A/B rack would trip on the loss of either feed: its redundancy is lost too.
  const lost = conditions.some((c) => ['redundancyLost', 'overSubscribed', 'outage'].includes(c.kind))
  const partialPue = pueOf(itJ + upsLossJ + pduLossJ, itJ)
  return {
    itMeasurementPoint: 'IT equipment input (The Green Grid category 3)',
    upsLossKwh: upsLossJ / J_PER_KWH,
    pduLossKwh: pduLossJ / J_PER_KWH,
    /** pPUE of the electrical chain: (IT + UPS + PDU loss energy) / IT energy; null where PUE is NaN. */
    partialPue: Number.isNaN(partialPue) ? null : partialPue,
    stages,
    activeConditions: conditions.map((c) => ({ ...c })),
    events: log.map((event) => ({ ...event })),
    eventCount,
    overSubscribedRacks: overSubscribedRacksOf(sim),
    /** 'not modelled' without a powerChain: the single-UPS shorthand has no redundancy to lose. */
    redundancy: chain ? (lost ? ('lost' as const) : ('intact' as const)) : ('not modelled' as const),
  }
}

/** One UPS system or PDU at the final step from [output, loss, rating] in W; loadKw is its output. */
function stageOf(id: string, kind: 'ups' | 'pdu', live: boolean, [outW, lossW, ratedW]: readonly number[]) {
  const [loadKw, lossKw, capacityKw] = [outW / 1000, lossW / 1000, ratedW / 1000]
  return { id, kind, live, loadKw, lossKw, capacityKw, utilisationPct: (outW / ratedW) * 100 }
}

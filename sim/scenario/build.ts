// buildWorld: Scenario → World: allocate the typed arrays, resolve power models, precompute geometric influence.
import type { Scenario } from './types.ts'
import type { World } from '../model/world.ts'
import { modelAirflowM3s, serverPowerFrom } from '../model/serverPower.ts'
import { sharedRecirculation } from '../model/recirculationCache.ts'
import { AIR_HEAT_CAPACITY_J_M3K } from '../model/air.ts'
import type { ZoneParams } from '../model/zone.ts'
import { createElectrical } from '../model/electrical.ts'
import { createConditionLog } from '../model/conditionLog.ts'
import { createPlant } from '../model/plant/plantModel.ts'
import { createZonalRoom } from '../model/zones/zonalRoom.ts'
import { createAuxiliaryDraw } from '../model/plant/auxiliaries.ts'
import { ASHRAE_CLASSES } from '../metrics/ashrae.ts'

/** Allocates a World at rest (zero load, inlets at the supply setpoints) for `scenario`. */
export function buildWorld(scenario: Scenario): World {
  const rackCount = scenario.racks.length
  const unitCount = scenario.coolingUnits.length
  const serverCount = scenario.racks.reduce((n, rack) => n + rack.servers.length, 0)
  const models = scenario.serverModels.map((m) => serverPowerFrom(m))
  const serverRack = new Uint32Array(serverCount)
  const serverModelIndex = new Uint16Array(serverCount)
  const serverAirflowM3s = new Float64Array(serverCount)
  const serverPower = new Array(serverCount)
  const rackAirflowM3s = new Float64Array(rackCount)
  let s = 0
  scenario.racks.forEach((rack, i) => {
    for (const server of rack.servers) {
      serverRack[s] = i
      serverModelIndex[s] = server.modelIndex
      serverPower[s] = models[server.modelIndex]
      serverAirflowM3s[s] = modelAirflowM3s(scenario.serverModels[server.modelIndex])
      rackAirflowM3s[i] += serverAirflowM3s[s]
      s++
    }
  })
  const setpoints = Float64Array.from(scenario.coolingUnits, (u) => u.supplySetpointC)
  // A room without units (a new hall) starts at the bottom of ASHRAE's recommended range, 18 °C, as if it had
  // been cooled until now; its racks' heat then warms it (docs/hall.md#empty-halls).
  const meanSetpointC =
    unitCount > 0 ? setpoints.reduce((a, b) => a + b, 0) / unitCount : ASHRAE_CLASSES.recommended.minC
  return {
    scenario,
    rackCount,
    unitCount,
    serverCount,
    serverRack,
    serverModelIndex,
    serverActive: new Uint8Array(serverCount).fill(1),
    serverPower,
    serverAirflowM3s,
    rackUtilization: new Float64Array(rackCount),
    serverUtilization: new Float64Array(serverCount),
    rackServerCount: Uint32Array.from(scenario.racks, (r) => r.servers.length),
    rackPowerW: new Float64Array(rackCount),
    rackAirflowM3s,
    rackSupplyC: new Float64Array(rackCount).fill(meanSetpointC),
    rackInletC: new Float64Array(rackCount).fill(meanSetpointC),
    rackExhaustC: new Float64Array(rackCount).fill(meanSetpointC),
    recirculation: sharedRecirculation(scenario, rackAirflowM3s),
    zoneParams: zoneParams(scenario),
    zone: { airC: meanSetpointC, massC: meanSetpointC },
    // A zone per unit needs a unit: without any (a hall being built) the room is one well-mixed node.
    zones:
      scenario.room.airZones === 'perUnit' && unitCount > 0
        ? createZonalRoom(
            scenario,
            influenceMatrix(scenario),
            rackAirflowM3s,
            zoneParams(scenario),
            meanSetpointC,
          )
        : undefined,
    heatInW: 0,
    unitRunning: new Uint8Array(unitCount).fill(1),
    unitSetpointC: setpoints,
    unitLoadW: new Float64Array(unitCount),
    unitSupplyC: Float64Array.from(setpoints),
    unitCoilLeavingC: Float64Array.from(setpoints),
    unitReturnC: Float64Array.from(setpoints),
    unitFanW: new Float64Array(unitCount),
    unitCompressorW: new Float64Array(unitCount),
    influence: influenceMatrix(scenario),
    electrical: createElectrical(scenario),
    coolingConditions: createConditionLog(),
    rackTripped: new Uint8Array(rackCount),
    thermalEvents: [],
    plant: createPlant(
      scenario.plant,
      scenario.coolingUnits.reduce((w, u) => w + (u.type === 'crah' ? u.capacityKw * 1000 : 0), 0),
    ),
    plantPoint: { dryBulbC: NaN, wetBulbC: NaN, chillerFraction: 1, chillerW: 0 },
    plantAuxiliaries: createAuxiliaryDraw(),
    unitFlowFraction: new Float64Array(unitCount).fill(1),
    loadScale: 1,
    totals: {
      itW: 0,
      coolingW: 0,
      fanW: 0,
      compressorW: 0,
      upsLossW: 0,
      pduLossW: 0,
      upsLossEnergyJ: 0,
      pduLossEnergyJ: 0,
      lightingW: scenario.room.lightingW,
      facilityW: 0,
      itEnergyJ: 0,
      facilityEnergyJ: 0,
      coolingEnergyJ: 0,
      heatRemovedJ: 0,
      heatReleasedJ: 0,
      peakItW: 0,
      maxInletEverC: -Infinity,
      integratedToS: 0,
    },
  }
}

/**
 * The room as two masses (docs/physics.md#room-air-and-equipment-two-thermal-masses): its air, ρ·c_p·V, and the installed equipment, C per rack unit
 * occupied; hA from the equipment time constant τ = C_m / hA.
 */
function zoneParams(scenario: Scenario): ZoneParams {
  const { widthM, depthM, heightM, equipmentHeatCapacityJKPerU, equipmentTimeConstantS } = scenario.room
  let units = 0
  for (const rack of scenario.racks)
    for (const server of rack.servers) units += scenario.serverModels[server.modelIndex].uHeight
  const massJK = Math.max(units * equipmentHeatCapacityJKPerU, 1)
  return {
    airJK: AIR_HEAT_CAPACITY_J_M3K * widthM * depthM * heightM,
    massJK,
    couplingWK: massJK / equipmentTimeConstantS,
  }
}

/**
 * How strongly each cooling unit serves each rack: 1 / (1 m² + d²) with d the floor distance between centres.
 * An inverse-square stand-in for the plenum and aisle airflow paths (the recirculation model covers rack to rack
 * air only); rows are renormalised over the units that run at each step.
 */
function influenceMatrix(scenario: Scenario): Float64Array {
  const units = scenario.coolingUnits
  const out = new Float64Array(scenario.racks.length * units.length)
  scenario.racks.forEach((rack, i) => {
    units.forEach((unit, j) => {
      const dx = rack.xM - unit.xM
      const dy = rack.yM - unit.yM
      out[i * units.length + j] = 1 / (1 + dx * dx + dy * dy)
    })
  })
  return out
}

// buildWorld: Scenario → World: allocate the typed arrays, resolve power models, precompute geometric influence.
import type { Scenario } from './types.ts'
import type { World } from '../model/world.ts'
import { powerModelFrom } from '../model/serverPower.ts'

/** Allocates a World at rest (zero load, inlets at the supply setpoints) for `scenario`. */
export function buildWorld(scenario: Scenario): World {
  const rackCount = scenario.racks.length
  const unitCount = scenario.coolingUnits.length
  const serverCount = scenario.racks.reduce((n, rack) => n + rack.servers.length, 0)
  const models = scenario.serverModels.map((m) => powerModelFrom(m.power))
  const serverRack = new Uint32Array(serverCount)
  const serverAirflowM3s = new Float64Array(serverCount)
  const serverPower = new Array(serverCount)
  const rackAirflowM3s = new Float64Array(rackCount)
  const rackRecirculation = new Float64Array(rackCount)
  let s = 0
  scenario.racks.forEach((rack, i) => {
    for (const server of rack.servers) {
      serverRack[s] = i
      serverPower[s] = models[server.modelIndex]
      serverAirflowM3s[s] = scenario.serverModels[server.modelIndex].airflowM3s
      rackAirflowM3s[i] += serverAirflowM3s[s]
      s++
    }
    rackRecirculation[i] =
      scenario.room.recirculationFraction + (rack.rowEnd ? scenario.room.rowEndRecirculationFraction : 0)
  })
  const setpoints = Float64Array.from(scenario.coolingUnits, (u) => u.supplySetpointC)
  const meanSetpointC = setpoints.reduce((a, b) => a + b, 0) / unitCount
  return {
    scenario,
    rackCount,
    unitCount,
    serverCount,
    serverRack,
    serverPower,
    serverAirflowM3s,
    rackUtilization: new Float64Array(rackCount),
    rackPowerW: new Float64Array(rackCount),
    rackAirflowM3s,
    rackSupplyC: new Float64Array(rackCount).fill(meanSetpointC),
    rackInletC: new Float64Array(rackCount).fill(meanSetpointC),
    rackExhaustC: new Float64Array(rackCount).fill(meanSetpointC),
    rackRecirculation,
    unitRunning: new Uint8Array(unitCount).fill(1),
    unitSetpointC: setpoints,
    unitLoadW: new Float64Array(unitCount),
    unitSupplyC: Float64Array.from(setpoints),
    unitReturnC: Float64Array.from(setpoints),
    unitFanW: new Float64Array(unitCount),
    unitCompressorW: new Float64Array(unitCount),
    influence: influenceMatrix(scenario),
    loadScale: 1,
    totals: {
      itW: 0,
      coolingW: 0,
      fanW: 0,
      compressorW: 0,
      upsLossW: 0,
      lightingW: scenario.room.lightingW,
      facilityW: 0,
      itEnergyJ: 0,
      facilityEnergyJ: 0,
      coolingEnergyJ: 0,
      peakItW: 0,
      maxInletEverC: -Infinity,
      integratedToS: 0,
    },
  }
}

/**
 * How strongly each cooling unit serves each rack: 1 / (1 m² + d²) with d the floor distance between centres.
 * An inverse-square stand-in for the plenum and aisle airflow paths until the geometric recirculation model of
 * issue 3; rows are renormalised over the units that run at each step.
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

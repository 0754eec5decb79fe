// The run report's plant section: pumps, tower, UPS-room cooling, chilled-water flow, PUE at two points, pPUE.
// Definitions: docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories
import type { Simulation } from '../simulation.ts'
import { energyToJ, J_PER_KWH, pueBreakdownOf } from './kpis.ts'

export type PlantReport = ReturnType<typeof plantOf>

const finite = (value: number) => (Number.isFinite(value) ? value : null)

/**
 * The plant at the end of the run (flows and draws now) and over it (energies, PUEs). `energyBook` names every
 * kWh of facility energy: IT, UPS and PDU losses, lighting, CRAH fans, chillers and compressors, pumps, tower
 * fans and UPS-room cooling; `unaccountedKwh` is the facility integral less their sum, ~0 when nothing is missed.
 */
export function plantOf(sim: Simulation) {
  const { world, tracking } = sim
  const a = world.plantAuxiliaries
  const t = world.totals
  const openS = sim.nowS - t.integratedToS
  const kwh = (energyJ: number, powerW: number) => (energyJ + powerW * openS) / J_PER_KWH
  const energy = energyToJ(world, sim.nowS)
  const pue = pueBreakdownOf(energy)
  const fanOpenS = Number.isNaN(tracking.lastS) ? 0 : sim.nowS - tracking.lastS
  let fanJ = 0
  for (let j = 0; j < world.unitCount; j++) fanJ += tracking.unitFanJ[j] + world.unitFanW[j] * fanOpenS
  const book = {
    itKwh: energy.itJ / J_PER_KWH,
    upsLossKwh: energy.upsLossJ / J_PER_KWH,
    pduLossKwh: energy.pduLossJ / J_PER_KWH,
    // Lighting is a constant of the scenario, so its energy is its power over the run.
    lightingKwh: (t.lightingW * sim.nowS) / J_PER_KWH,
    crahFanKwh: fanJ / J_PER_KWH,
    chilledWaterPumpKwh: kwh(a.chilledWaterPumpJ, a.chilledWaterPumpW),
    condenserWaterPumpKwh: kwh(a.condenserWaterPumpJ, a.condenserWaterPumpW),
    towerFanKwh: kwh(a.towerFanJ, a.towerFanW),
    upsRoomCoolingKwh: kwh(a.upsRoomCoolingJ, a.upsRoomCoolingW),
  }
  const auxKwh =
    book.chilledWaterPumpKwh + book.condenserWaterPumpKwh + book.towerFanKwh + book.upsRoomCoolingKwh
  // Compressor energy is booked by the heat the coils removed (advanceContinuous): the rest of cooling.
  const chillersAndCompressorsKwh = energy.coolingJ / J_PER_KWH - book.crahFanKwh - auxKwh
  const facilityKwh = energy.facilityJ / J_PER_KWH
  const namedKwh =
    book.itKwh + book.upsLossKwh + book.pduLossKwh + book.lightingKwh + book.crahFanKwh + auxKwh
  return {
    chilledWaterFlowLs: a.chilledWaterFlowM3s * 1000,
    condenserWaterFlowLs: a.condenserWaterFlowM3s * 1000,
    chilledWaterLoadKw: a.chilledWaterLoadW / 1000,
    heatRejectedKw: a.heatRejectedW / 1000,
    chilledWaterPumpKw: a.chilledWaterPumpW / 1000,
    condenserWaterPumpKw: a.condenserWaterPumpW / 1000,
    towerFanKw: a.towerFanW / 1000,
    upsRoomHeatKw: a.upsRoomHeatW / 1000,
    upsRoomCoolingKw: a.upsRoomCoolingW / 1000,
    upsRoomCooling: { ...world.plant.spec.upsRoomCooling },
    /** Facility / IT energy over the run with IT at the equipment input (category 3) and at the UPS output (1). */
    pue: { itEquipmentInput: finite(pue.pue), upsOutput: finite(pue.pueUpsOutput) },
    partialPue: { cooling: finite(pue.partialPueCooling), electrical: finite(pue.partialPueElectrical) },
    energyBook: {
      ...book,
      chillersAndCompressorsKwh,
      facilityKwh,
      unaccountedKwh: facilityKwh - namedKwh - chillersAndCompressorsKwh,
    },
  }
}

// Halls and hand-written zone layouts for the zones tests and validation cases (docs/physics.md#zones-of-influence).
import type { ScenarioInput } from '../scenario/schema.ts'
import type { ZoneLayout } from '../model/zones/zoneLayout.ts'
import type { ZonalState, ZoneCoil } from '../model/zones/zoneSystem.ts'
import { tinyHall } from './tinyHall.ts'

/**
 * Two CRAHs at x = 1 and 9 m with a row of 8 racks centred between them (symmetric about x = 5 m); the units
 * move 2 × 1.5 m³/s for the racks' 4 m³/s, so a quarter of every inlet is room (zone) air; both setpoints step
 * from 18 to 20 °C at 1,800 s.
 */
export function symmetricHall(airZones: 'single' | 'perUnit'): ScenarioInput {
  return tinyHall({ racks: 8, units: 2, utilization: 0.6 }, (s) => {
    s.rows[0].xM = 5 - (8 * 0.6) / 2
    s.room.recirculationFraction = 0.1
    s.room.airZones = airZones
    for (const u of s.coolingUnits) u.airflowM3s = 1.5
    s.events = ['crah-1', 'crah-2'].map((unitId) => ({
      atS: 1800,
      command: { type: 'setSupplySetpoint' as const, unitId, supplySetpointC: 20 },
    }))
  })
}

/** A 30 m room, three 45 kW CRAHs along it (x = 1, 15, 29 m) and 40 racks (99 kW) between them. */
export function longHall(airZones: 'single' | 'perUnit'): ScenarioInput {
  return tinyHall({ racks: 40, units: 3, utilization: 0.7 }, (s) => {
    s.room.widthM = 30
    s.rows[0].xM = 3
    s.room.recirculationFraction = 0.1
    s.room.airZones = airZones
    s.coolingUnits.forEach((u, j) => Object.assign(u, { xM: 1 + 14 * j, airflowM3s: 8, capacityKw: 45 }))
  })
}

/** A zone layout written out by hand: capacities J/K, couplings and mixing W/K (mixing row-major z × z). */
export function handLayout(
  airJK: number[],
  massJK: number[],
  couplingWK: number[],
  mixingWK: number[],
): ZoneLayout {
  const z = airJK.length
  return {
    zoneCount: z,
    rackShare: new Float64Array(0),
    airJK: Float64Array.from(airJK),
    massJK: Float64Array.from(massJK),
    couplingWK: Float64Array.from(couplingWK),
    mixingWK: Float64Array.from(mixingWK),
    rackFlowM3s: new Float64Array(z),
    volumeShare: new Float64Array(z).fill(1 / z),
  }
}

export const zonalState = (air: number[], mass: number[]): ZonalState => ({
  airC: Float64Array.from(air),
  massC: Float64Array.from(mass),
})

/** A coil line with no airflow: a failed unit. */
export const OFF_COIL: ZoneCoil = { setpointC: 20, conductanceWK: 0, capacityW: 0, fanHeatW: 0 }

/**
 * Three zones for a fine-step comparison: zone 1's unit starts idle (19 °C air below 20 − 2000/8000 °C) and
 * turns proportional, zone 2's has failed, zone 3's reaches its 25 kW capacity; 25, 20 and 15 kW in.
 */
export function threeZones() {
  return {
    layout: handLayout(
      [1.5e5, 1e5, 2e5],
      [2e6, 1e6, 3e6],
      [2e6 / 300, 1e6 / 300, 3e6 / 300],
      [0, 2500, 400, 2500, 0, 1500, 400, 1500, 0],
    ),
    coils: [
      { setpointC: 20, conductanceWK: 8000, capacityW: 30_000, fanHeatW: 2000 },
      OFF_COIL,
      { setpointC: 21, conductanceWK: 6000, capacityW: 25_000, fanHeatW: 0 },
    ] as ZoneCoil[],
    heatW: Float64Array.of(25_000, 20_000, 15_000),
    start: zonalState([19, 24, 20], [19, 24, 20]),
  }
}

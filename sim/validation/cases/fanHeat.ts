// Validation cases for fan heat on the air side: one CRAH, 5 m³/s, 5 kW fan, tiny hall at steady state.
// Derivations: docs/physics.md#fan-heat-and-the-air-side-first-law.
import { parseScenario } from '../../scenario/parse.ts'
import { createSimulation } from '../../simulation.ts'
import { tinyHall } from '../../testing/tinyHall.ts'
import type { CoolingUnitSpec } from '../../scenario/schema.ts'
import type { World } from '../../model/world.ts'
import type { ValidationCase } from '../validationCase.ts'

/** Standard air's ρ·c_p, J/(m³·K), written out so the expected values do not lean on the model's constant. */
const RHO_CP = 1.2 * 1006
/** Tiny hall: 2 racks × 10 servers × 200 W IT, 500 W lighting, one CRAH of 5 m³/s with a 5 kW fan at 18 °C. */
const IT_W = 4000
const LIGHTING_W = 500
const FAN_W = 5000
const FLOW_M3S = 5
const FAN_RISE_K = FAN_W / (RHO_CP * FLOW_M3S) // 0.828363 K

/** The tiny hall settled at t = 0 with the unit's fan position and sensor. */
export function fanHeatHall(
  unit: Partial<Pick<CoolingUnitSpec, 'fanPosition' | 'supplySensor' | 'capacityKw'>> = {},
): World {
  const sim = createSimulation(
    parseScenario(
      tinyHall({}, (s) => {
        s.room.lightingW = LIGHTING_W
        Object.assign(s.coolingUnits[0], { airflowM3s: FLOW_M3S, fanPowerW: FAN_W, ...unit })
      }),
    ),
  )
  sim.runUntil(0)
  return sim.world
}

const law = 'docs/physics.md#fan-heat-and-the-air-side-first-law'

export const cases: ValidationCase[] = [
  {
    id: 'fanHeat/fan-rise',
    what: 'CRAH of 5 m³/s with a 5 kW fan (draw-through): supply minus coil-leaving air',
    source: `ΔT_fan = P_fan/(ρ·c_p·V̇) = 5000/(1.2·1006·5) K (${law})`,
    expected: FAN_RISE_K,
    unit: 'K',
    tolerance: { abs: 1e-9 },
    obtained: () => {
      const w = fanHeatHall()
      return w.unitSupplyC[0] - w.unitCoilLeavingC[0]
    },
  },
  {
    id: 'fanHeat/coil-load',
    what: 'Same hall at steady state: coil load with 4 kW IT, 5 kW fan and 500 W lighting',
    source: `First law over the room and unit at steady state: coil load = IT + fans + lighting (${law})`,
    expected: IT_W + FAN_W + LIGHTING_W,
    unit: 'W',
    tolerance: { abs: 1e-6 },
    obtained: () => fanHeatHall().unitLoadW[0],
  },
  {
    id: 'fanHeat/coil-leaving-afterFan',
    what: 'Supply sensor after a draw-through fan, setpoint 18 °C: coil-leaving air',
    source: `T_coil = T_set − ΔT_fan = 18 − 0.828363 °C (${law})`,
    expected: 18 - FAN_RISE_K,
    unit: '°C',
    tolerance: { abs: 1e-9 },
    obtained: () => fanHeatHall().unitCoilLeavingC[0],
  },
  {
    id: 'fanHeat/return-afterFan',
    what: 'Same: return (room) air, which carries IT + lighting above the 18 °C supply',
    source: `T_return = T_supply + (IT + lighting)/(ρ·c_p·V̇) = 18 + 4500/(1.2·1006·5) °C (${law})`,
    expected: 18 + (IT_W + LIGHTING_W) / (RHO_CP * FLOW_M3S),
    unit: '°C',
    tolerance: { abs: 1e-9 },
    obtained: () => fanHeatHall().unitReturnC[0],
  },
  {
    id: 'fanHeat/supply-coilLeaving-sensor',
    what: 'Sensor at the coil outlet of a draw-through unit, setpoint 18 °C: supply air the racks get',
    source: `T_supply = T_set + ΔT_fan = 18 + 0.828363 °C (${law})`,
    expected: 18 + FAN_RISE_K,
    unit: '°C',
    tolerance: { abs: 1e-9 },
    obtained: () => fanHeatHall({ supplySensor: 'coilLeaving' }).unitSupplyC[0],
  },
  {
    id: 'fanHeat/blow-through-coil-load',
    what: 'Blow-through fan (before the coil), supply sensor at 18 °C: coil load at steady state',
    source: `The coil takes return air plus the fan's rise down to 18 °C: ρc_pV̇·(T_return + ΔT_fan − 18) = IT + fan + lighting (${law})`,
    expected: IT_W + FAN_W + LIGHTING_W,
    unit: 'W',
    tolerance: { abs: 1e-6 },
    obtained: () => fanHeatHall({ fanPosition: 'blowThrough' }).unitLoadW[0],
  },
]

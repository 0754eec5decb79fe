// A hand-checkable hall for tests: one row of racks with linear-power servers and one or more cooling units.
import type { ScenarioInput } from '../scenario/schema.ts'

/**
 * `racks` racks of `serversPerRack` 1U servers (idle 100 W, max 300 W, 0.05 m³/s each) in a 10 × 6 m room,
 * `units` CRAHs of 50 kW / 5 m³/s / 1 kW fans at 18 °C, constant utilisation, no noise, no recirculation
 * unless overridden. Pass `patch` to change anything.
 */
export function tinyHall(
  options: { racks?: number; serversPerRack?: number; units?: number; utilization?: number } = {},
  patch: (s: ScenarioInput) => void = () => {},
): ScenarioInput {
  const { racks = 2, serversPerRack = 10, units = 1, utilization = 0.5 } = options
  const scenario: ScenarioInput = {
    version: 1,
    name: 'Tiny hall',
    seed: 1,
    startDate: '2026-01-01T00:00:00Z',
    horizon: '1h',
    stepS: 60,
    room: { widthM: 10, depthM: 6, recirculationFraction: 0, rowEndRecirculationFraction: 0 },
    serverModels: [
      { id: 'box', uHeight: 1, power: { kind: 'linear', idleW: 100, maxW: 300 }, airflowM3s: 0.05 },
    ],
    rows: [
      {
        id: 'A',
        xM: 2,
        yM: 2,
        axis: 'x',
        facing: '+y',
        racks: [
          {
            count: racks,
            powerBudgetKw: 10,
            servers: [{ model: 'box', uPosition: 1, count: serversPerRack }],
          },
        ],
      },
    ],
    coolingUnits: Array.from({ length: units }, (_, j) => ({
      id: `crah-${j + 1}`,
      type: 'crah' as const,
      xM: 1 + j * 8,
      yM: 5,
      capacityKw: 50,
      airflowM3s: 5,
      supplySetpointC: 18,
      fanPowerW: 1000,
    })),
    electrical: { upsCapacityKw: 100 },
    workload: { kind: 'constant', utilization, noiseSd: 0 },
  }
  patch(scenario)
  return scenario
}

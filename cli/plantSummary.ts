// The summary's plant rows: PUE at two measurement points, pPUEs, water flows, pumps, tower, UPS-room cooling.
import type { RunReport } from '../sim/index.ts'

type PlantReport = RunReport['plant']

const fixed = (value: number | null, digits: number) =>
  value !== null && Number.isFinite(value) ? value.toFixed(digits) : 'n/a'

/** Rows as [label, value]; flows and draws are at the end of the run, energies and PUEs over it. */
export function plantRows(p: PlantReport): [string, string][] {
  const b = p.energyBook
  const room =
    p.upsRoomCooling.kind === 'dx' ? `DX, COP ${p.upsRoomCooling.cop}` : 'on the chilled-water plant'
  return [
    [
      'PUE by IT meter',
      `${fixed(p.pue.itEquipmentInput, 3)} at IT input (cat. 3), ${fixed(p.pue.upsOutput, 3)} at UPS output (cat. 1)`,
    ],
    ['pPUE cooling / power', `${fixed(p.partialPue.cooling, 3)} / ${fixed(p.partialPue.electrical, 3)}`],
    [
      'chilled water',
      `${fixed(p.chilledWaterFlowLs, 2)} L/s for ${fixed(p.chilledWaterLoadKw, 1)} kW, pump ${fixed(p.chilledWaterPumpKw, 2)} kW`,
    ],
    [
      'condenser / tower',
      `${fixed(p.condenserWaterFlowLs, 2)} L/s, pump ${fixed(p.condenserWaterPumpKw, 2)} kW, tower fans ${fixed(p.towerFanKw, 2)} kW`,
    ],
    [
      'UPS-room cooling',
      `${fixed(p.upsRoomCoolingKw, 2)} kW for ${fixed(p.upsRoomHeatKw, 2)} kW of UPS losses (${room})`,
    ],
    [
      'pumps / tower / UPS room',
      `${fixed(b.chilledWaterPumpKwh + b.condenserWaterPumpKwh, 1)} kWh / ${fixed(b.towerFanKwh, 1)} kWh / ${fixed(b.upsRoomCoolingKwh, 1)} kWh`,
    ],
  ]
}

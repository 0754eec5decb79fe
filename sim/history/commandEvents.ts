// A command as an event: a failure, a restore or a setting, with the asset it names in plain words.
import type { LoggedCommand, Simulation } from '../simulation.ts'
import type { RunEvent, RunEventAsset } from './types.ts'

const VIA = { now: '', scenario: ' (scenario event)', scheduled: ' (scheduled)' } as const

function unitAsset(sim: Simulation, unitId: string): RunEventAsset {
  const index = sim.scenario.coolingUnits.findIndex((u) => u.id === unitId)
  return { kind: 'unit', id: unitId, index: index >= 0 ? index : undefined }
}

/** Failures are alarms, restores and settings information (docs/history.md#events). */
export function commandEvent(sim: Simulation, entry: LoggedCommand): Omit<RunEvent, 'id'> {
  const base = { atS: entry.atS, transition: 'once' as const, value: null, limit: null, unit: '' }
  const via = VIA[entry.via]
  const cmd = entry.command
  switch (cmd.type) {
    case 'failCoolingUnit':
      return {
        ...base,
        kind: 'failure',
        severity: 'alarm',
        asset: unitAsset(sim, cmd.unitId),
        text: `${cmd.unitId} failed${via}`,
      }
    case 'restoreCoolingUnit':
      return {
        ...base,
        kind: 'restore',
        severity: 'info',
        asset: unitAsset(sim, cmd.unitId),
        text: `${cmd.unitId} restored${via}`,
      }
    case 'setSupplySetpoint':
      return {
        ...base,
        kind: 'setting',
        severity: 'info',
        asset: unitAsset(sim, cmd.unitId),
        value: cmd.supplySetpointC,
        unit: '°C',
        text: `${cmd.unitId} supply setpoint set to ${cmd.supplySetpointC} °C${via}`,
      }
    case 'setLoadScale':
      return {
        ...base,
        kind: 'setting',
        severity: 'info',
        asset: { kind: 'hall', id: 'hall' },
        value: cmd.scale * 100,
        unit: '%',
        text: `Load set to ${Math.round(cmd.scale * 100)} % of the workload${via}`,
      }
    case 'failPowerAsset':
      return {
        ...base,
        kind: 'failure',
        severity: 'alarm',
        asset: { kind: 'power', id: cmd.assetId },
        text: `${cmd.assetId} failed${via}`,
      }
    case 'restorePowerAsset':
      return {
        ...base,
        kind: 'restore',
        severity: 'info',
        asset: { kind: 'power', id: cmd.assetId },
        text: `${cmd.assetId} restored${via}`,
      }
    case 'failUpsModule':
      return {
        ...base,
        kind: 'failure',
        severity: 'alarm',
        asset: { kind: 'power', id: cmd.upsId },
        text: `A module of ${cmd.upsId} failed${via}`,
      }
    case 'restoreUpsModule':
      return {
        ...base,
        kind: 'restore',
        severity: 'info',
        asset: { kind: 'power', id: cmd.upsId },
        text: `A module of ${cmd.upsId} restored${via}`,
      }
  }
}

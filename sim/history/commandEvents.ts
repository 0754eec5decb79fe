// A command as an event: a failure, a restore or a setting, with the asset it names in plain words.
import type { LoggedCommand } from '../simulation.ts'
import type { AssetNames } from './assets.ts'
import type { RunEvent } from './types.ts'

type Draft = Omit<RunEvent, 'id'>

const VIA = { now: '', scenario: ' (scenario event)', scheduled: ' (scheduled)' } as const

/** Failures are alarms, restores and settings information (docs/history.md#severity). */
export function commandEvent(names: AssetNames, entry: LoggedCommand): Draft {
  const via = VIA[entry.via]
  const cmd = entry.command
  const event = (
    kind: 'failure' | 'restore' | 'setting',
    asset: RunEvent['asset'],
    text: string,
    value: number | null = null,
    unit = '',
  ): Draft => ({
    atS: entry.atS,
    kind,
    severity: kind === 'failure' ? 'alarm' : 'info',
    transition: 'once',
    asset,
    value,
    limit: null,
    unit,
    text: `${text}${via}`,
  })
  switch (cmd.type) {
    case 'failCoolingUnit':
      return event('failure', names.unit(cmd.unitId), `${cmd.unitId} failed`)
    case 'restoreCoolingUnit':
      return event('restore', names.unit(cmd.unitId), `${cmd.unitId} restored`)
    case 'setSupplySetpoint': {
      const text = `${cmd.unitId} supply setpoint set to ${cmd.supplySetpointC} °C`
      return event('setting', names.unit(cmd.unitId), text, cmd.supplySetpointC, '°C')
    }
    case 'setLoadScale': {
      const pct = cmd.scale * 100
      return event(
        'setting',
        names.hall('hall'),
        `Load set to ${Math.round(pct)} % of the workload`,
        pct,
        '%',
      )
    }
    case 'failPowerAsset':
      return event('failure', names.power(cmd.assetId), `${cmd.assetId} failed`)
    case 'restorePowerAsset':
      return event('restore', names.power(cmd.assetId), `${cmd.assetId} restored`)
    case 'failUpsModule':
      return event('failure', names.power(cmd.upsId), `A module of ${cmd.upsId} failed`)
    case 'restoreUpsModule':
      return event('restore', names.power(cmd.upsId), `A module of ${cmd.upsId} restored`)
  }
}

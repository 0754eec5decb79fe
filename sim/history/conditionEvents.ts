// Logged conditions (power chain, cooling, rack-inlet climate) and thermal trips as events with value and limit.
import type { ConditionEvent } from '../model/conditionLog.ts'
import type { CoolingCondition } from '../model/coolingRedundancy.ts'
import type { PowerCondition } from '../model/powerChain/conditions.ts'
import type { ThermalEvent } from '../model/protection.ts'
import type { InletCondition } from '../metrics/climateWatch.ts'
import type { Scenario } from '../scenario/types.ts'
import { kw, type AssetNames } from './assets.ts'
import type { RunEvent, RunEventKind, RunEventSeverity } from './types.ts'

type Draft = Omit<RunEvent, 'id'>

/** A cleared condition is information; a raised one has its kind's severity (docs/history.md#severity). */
function draft(
  c: { atS: number; transition: 'raised' | 'cleared' },
  kind: RunEventKind,
  raisedSeverity: RunEventSeverity,
  asset: RunEvent['asset'],
  value: number,
  limit: number | null,
  unit: string,
  text: string,
): Draft {
  const severity = c.transition === 'raised' ? raisedSeverity : 'info'
  const said = c.transition === 'raised' ? text : `Cleared: ${text}`
  return { atS: c.atS, kind, severity, transition: c.transition, asset, value, limit, unit, text: said }
}

export function coolingEvent(names: AssetNames, c: ConditionEvent<CoolingCondition>): Draft {
  const [load, limit] = [kw(c.loadW), kw(c.limitW)]
  return c.kind === 'overCapacity'
    ? draft(
        c,
        'overload',
        'alarm',
        names.hall(c.assetId),
        c.loadW / 1000,
        c.limitW / 1000,
        'kW',
        `Cooling over capacity: heat ${load} of ${limit} the running units can remove`,
      )
    : draft(
        c,
        'redundancy',
        'warning',
        names.hall(c.assetId),
        c.loadW / 1000,
        c.limitW / 1000,
        'kW',
        `Cooling redundancy lost: heat ${load} of ${limit} left with the spare units out`,
      )
}

export function powerEvent(names: AssetNames, c: ConditionEvent<PowerCondition>): Draft {
  const [load, limit] = [kw(c.loadW), kw(c.limitW)]
  const [v, l] = [c.loadW / 1000, c.limitW / 1000]
  switch (c.kind) {
    case 'overload':
      return draft(
        c,
        'overload',
        'alarm',
        names.power(c.assetId),
        v,
        l,
        'kW',
        `${c.assetId} over its rating: ${load} of ${limit}`,
      )
    case 'redundancyLost': {
      const rack = names.rack(c.assetId)
      // A rack on one feed has no second path to compare with (the engine says 0 W): no limit, and words that
      // say what is at stake. So does a UPS whose partner is down and that has no spare module.
      if (rack.index !== undefined)
        return draft(
          c,
          'redundancy',
          'warning',
          rack,
          v,
          null,
          'kW',
          `Rack ${c.assetId} on one feed: ${load}, no second feed, it goes dark if this one fails`,
        )
      if (c.limitW <= 0)
        return draft(
          c,
          'redundancy',
          'warning',
          names.power(c.assetId),
          v,
          null,
          'kW',
          `${c.assetId} redundancy lost: ${load} with nothing left to carry it after the next failure`,
        )
      return draft(
        c,
        'redundancy',
        'warning',
        names.power(c.assetId),
        v,
        l,
        'kW',
        `${c.assetId} redundancy lost: ${load} of ${limit} after the next failure`,
      )
    }
    case 'breakerOver80': {
      const [pdu, rackId] = c.assetId.split('/')
      return draft(
        c,
        'overload',
        'warning',
        names.rack(rackId),
        v,
        l,
        'kW',
        `Rack ${rackId}'s breaker on ${pdu} over its continuous limit: ${load} of ${limit}`,
      )
    }
    case 'overSubscribed':
      return draft(
        c,
        'redundancy',
        'warning',
        names.rack(c.assetId),
        v,
        l,
        'kW',
        `Rack ${c.assetId} over-subscribed: ${load}, more than one feed carries (${limit})`,
      )
    case 'outage':
      return draft(
        c,
        'outage',
        'alarm',
        names.rack(c.assetId),
        v,
        l,
        'kW',
        `Rack ${c.assetId} without power: ${load} unserved`,
      )
  }
}

const CLIMATE_WORDS: Record<InletCondition['kind'], string> = {
  dryBulbLow: 'inlet below its allowable minimum',
  dryBulbHigh: 'inlet above its allowable maximum',
  dewPointLow: 'inlet dew point below its allowable minimum',
  dewPointHigh: 'inlet dew point above its allowable maximum',
  relativeHumidityLow: 'inlet humidity below its allowable minimum',
  relativeHumidityHigh: 'inlet humidity above its allowable maximum',
  changeInHour: 'inlet changed faster than its limit in an hour',
  changeInQuarterHour: 'inlet changed faster than its limit in 15 minutes',
}

export function climateEvent(names: AssetNames, c: ConditionEvent<InletCondition>): Draft {
  const rate = c.kind === 'changeInHour' || c.kind === 'changeInQuarterHour'
  const unit = c.unit === '%' ? '%' : rate ? 'K' : '°C'
  const text = `Rack ${c.assetId} ${CLIMATE_WORDS[c.kind]}: ${c.value.toFixed(1)} ${unit} (limit ${c.limit.toFixed(1)} ${unit})`
  const severity = c.kind === 'dryBulbHigh' ? 'alarm' : 'warning'
  return draft(
    c,
    rate ? 'rateOfChange' : 'ashrae',
    severity,
    names.rack(c.assetId),
    c.value,
    c.limit,
    unit,
    text,
  )
}

export function thermalEvent(names: AssetNames, room: Scenario['room'], e: ThermalEvent): Draft {
  const inlet = e.inletC.toFixed(1)
  const tripped = e.transition === 'tripped'
  const limit = tripped ? room.serverTripInletC : room.serverResetInletC
  return {
    atS: e.atS,
    kind: tripped ? 'trip' : 'restart',
    severity: tripped ? 'alarm' : 'info',
    transition: 'once',
    asset: names.rack(e.rackId),
    value: e.inletC,
    limit,
    unit: '°C',
    text: tripped
      ? `Rack ${e.rackId} shut down: inlet ${inlet} °C ≥ ${limit} °C trip`
      : `Rack ${e.rackId} restarted: inlet ${inlet} °C < ${limit} °C reset`,
  }
}

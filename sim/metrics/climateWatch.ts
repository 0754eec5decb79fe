// Every rack inlet judged against its ASHRAE class by dry bulb, dew point and relative humidity, and by its
// temperature-change limit, at every poll: envelope states, logged conditions with times, run-long extremes
// (docs/physics.md#humidity-and-ashrae-classes).
import type { World } from '../model/world.ts'
import type { ConditionKey, ConditionLog } from '../model/conditionLog.ts'
import { createConditionLog, recordConditions } from '../model/conditionLog.ts'
import { createHallHumidity, humidityStep, type HallHumidity } from '../model/humidity/hallHumidity.ts'
import { LIMIT_TOLERANCE_C, type ComplianceTracker, type EquipmentClassName } from './ashrae.ts'
import { envelopeState, judgeEnvelope, type EnvelopeBreach, type EnvelopeState } from './ashraeEnvelope.ts'

/** An inlet outside its class's allowable envelope, or past its change limit: value against limit. */
export interface InletCondition extends ConditionKey {
  kind:
    | 'dryBulbLow'
    | 'dryBulbHigh'
    | 'dewPointLow'
    | 'dewPointHigh'
    | 'relativeHumidityLow'
    | 'relativeHumidityHigh'
    | 'changeInHour'
    | 'changeInQuarterHour'
  /** The rack's id. */
  assetId: string
  value: number
  limit: number
  unit: '°C' | '%'
}

export interface ClimateWatch {
  readonly humidity: HallHumidity
  /** Each rack's class: its own, else the room's. */
  readonly rackClass: readonly EquipmentClassName[]
  /** Each rack's envelope state at the last poll. */
  readonly rackState: EnvelopeState[]
  readonly conditions: ConditionLog<InletCondition>
  /** Seconds in which at least one inlet was outside its allowable envelope by dew point or RH. */
  secondsHumidityOutside: number
  /** Extremes over the run: supply dew point of running units, °C; inlet RH, %. */
  readonly range: { supplyDewPointC: [number, number]; inletRhPct: [number, number] }
  /** Judges the world now (after `compliance` took the same sample). */
  poll(world: World, compliance: ComplianceTracker, nowS: number): void
}

const breachKind = (b: EnvelopeBreach): InletCondition['kind'] =>
  `${b.quantity}${b.side === 'low' ? 'Low' : 'High'}`

/**
 * Deadbands of the inlet conditions, in the unit of the value (docs/physics.md#conditions-deadband): a
 * condition raised past its limit clears only once the value is back inside by this much. Temperatures
 * (dry bulb, dew point, the change over an hour or a quarter hour): 0.5 K, the 1 %-of-range temperature
 * deadband usually quoted from ISA-18.2 / EEMUA 191 taken on a 0–50 °C inlet sensor's span (the table itself
 * could not be checked against the standards' text). Relative humidity: 1 %RH, 1 % of the 0–100 % span,
 * below the ±2–3 %RH of a typical humidity sensor rather than above it, so an alarm is not held longer than
 * the measurement can tell.
 */
export const INLET_DEADBAND = { temperatureK: 0.5, relativeHumidityPct: 1 } as const

const ENVELOPE_KINDS: readonly InletCondition['kind'][] = [
  'dryBulbLow',
  'dryBulbHigh',
  'dewPointLow',
  'dewPointHigh',
  'relativeHumidityLow',
  'relativeHumidityHigh',
]

const keyOfInlet = (kind: string, assetId: string) => `${kind} ${assetId}`

export function createClimateWatch(world: World): ClimateWatch {
  const { racks, room } = world.scenario
  const rackClass = racks.map((rack) => rack.ashraeClass ?? room.ashraeClass)
  let lastS = NaN
  let humidityOutside = false
  const watch: ClimateWatch = {
    humidity: createHallHumidity(world),
    rackClass,
    rackState: racks.map(() => 'recommended'),
    conditions: createConditionLog<InletCondition>(),
    secondsHumidityOutside: 0,
    range: { supplyDewPointC: [Infinity, -Infinity], inletRhPct: [Infinity, -Infinity] },
    poll(world, compliance, nowS) {
      if (humidityOutside && nowS > lastS) watch.secondsHumidityOutside += nowS - lastS
      lastS = nowS
      const h = watch.humidity
      humidityStep(h, world)
      const current: InletCondition[] = []
      humidityOutside = false
      // The conditions raised before, by kind and rack: each holds until back inside by INLET_DEADBAND.
      const active = watch.conditions.conditions
      const held = active.length === 0 ? null : new Map(active.map((c) => [keyOfInlet(c.kind, c.assetId), c]))
      for (let i = 0; i < world.rackCount; i++) {
        const assetId = racks[i].id
        const rhPct = h.rackInletRhPct[i]
        const state = envelopeState(rackClass[i], world.rackInletC[i], h.rackInletDewPointC[i], rhPct)
        watch.rackState[i] = state
        // The breaches are listed only for an inlet outside: the common case allocates nothing.
        const breaches =
          state === 'outside'
            ? judgeEnvelope(rackClass[i], world.rackInletC[i], h.rackInletDewPointC[i], rhPct)
                .allowableBreaches
            : []
        for (const b of breaches) {
          const value =
            b.quantity === 'dryBulb'
              ? world.rackInletC[i]
              : b.quantity === 'dewPoint'
                ? h.rackInletDewPointC[i]
                : rhPct
          const unit = b.quantity === 'relativeHumidity' ? '%' : '°C'
          current.push({ kind: breachKind(b), assetId, value, limit: b.limit, unit })
          if (b.quantity !== 'dryBulb') humidityOutside = true
        }
        if (held)
          for (const kind of ENVELOPE_KINDS) {
            const before = held.get(keyOfInlet(kind, assetId))
            if (!before || breaches.some((b) => breachKind(b) === kind)) continue
            const value = kind.startsWith('dryBulb')
              ? world.rackInletC[i]
              : kind.startsWith('dewPoint')
                ? h.rackInletDewPointC[i]
                : rhPct
            const band =
              before.unit === '%' ? INLET_DEADBAND.relativeHumidityPct : INLET_DEADBAND.temperatureK
            const still = kind.endsWith('High') ? value > before.limit - band : value < before.limit + band
            if (still) current.push({ ...before, value })
          }
        const limits = compliance.changeLimits[i]
        const changeBand = (kind: InletCondition['kind']) =>
          held?.has(keyOfInlet(kind, assetId)) ? INLET_DEADBAND.temperatureK : 0
        if (compliance.hourChangeNowC[i] > limits.hourC + LIMIT_TOLERANCE_C - changeBand('changeInHour'))
          current.push({
            kind: 'changeInHour',
            assetId,
            value: compliance.hourChangeNowC[i],
            limit: limits.hourC,
            unit: '°C',
          })
        if (
          compliance.quarterHourChangeNowC[i] >
          limits.quarterHourC + LIMIT_TOLERANCE_C - changeBand('changeInQuarterHour')
        ) {
          const value = compliance.quarterHourChangeNowC[i]
          current.push({
            kind: 'changeInQuarterHour',
            assetId,
            value,
            limit: limits.quarterHourC,
            unit: '°C',
          })
        }
        widen(watch.range.inletRhPct, rhPct)
      }
      for (let j = 0; j < world.unitCount; j++)
        if (world.unitRunning[j]) widen(watch.range.supplyDewPointC, h.unitSupplyDewPointC[j])
      recordConditions(watch.conditions, nowS, current)
    },
  }
  return watch
}

function widen(range: [number, number], value: number): void {
  if (value < range[0]) range[0] = value
  if (value > range[1]) range[1] = value
}

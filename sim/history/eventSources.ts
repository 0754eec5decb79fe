// Where the event log's entries come from: one drain per log the engine keeps, each remembering how far it read.
import type { Simulation } from '../simulation.ts'
import type { ConditionEvent, ConditionKey } from '../model/conditionLog.ts'
import type { RunEvent } from './types.ts'
import { assetNames } from './assets.ts'
import { commandEvent } from './commandEvents.ts'
import { climateEvent, coolingEvent, powerEvent, thermalEvent } from './conditionEvents.ts'

type Draft = Omit<RunEvent, 'id'>

export interface EventSource {
  /** Appends to `out` the source's entries not yet taken that are final at `nowS` (`reading`: for a reader). */
  drain(nowS: number, out: Draft[], reading: boolean): void
}

/** Entries of an append-only log, each taken once, converted by `toEvent`; `final` says which may be taken now. */
function follow<T>(
  log: () => readonly T[],
  toEvent: (entry: T) => Draft,
  final: (entry: T, nowS: number) => boolean,
  onReadOnly = false,
): EventSource {
  let taken = 0
  return {
    drain(nowS, out, reading) {
      if (onReadOnly && !reading) return
      const entries = log()
      for (; taken < entries.length && final(entries[taken], nowS); taken++) out.push(toEvent(entries[taken]))
    },
  }
}

// A condition transition at the present instant may still be netted away by a command at the same instant
// (conditionLog.ts logNet splices it): taken once time has moved past it.
const past = <C extends ConditionKey>(c: ConditionEvent<C>, nowS: number) => c.atS < nowS
const always = () => true

/** The sources of `sim`, in the order their events of one instant are listed. */
export function eventSources(sim: Simulation): EventSource[] {
  const names = assetNames(sim.scenario)
  const { world, tracking } = sim
  // The shadow report copies every anomaly (and its errors): read only for a reader, not at every settle.
  const shadowAnomalies = () => sim.shadow()?.anomalies ?? []
  return [
    follow(
      () => sim.commandLog,
      (e) => commandEvent(names, e),
      always,
    ),
    follow(
      () => world.thermalEvents,
      (e) => thermalEvent(names, sim.scenario.room, e),
      always,
    ),
    follow(
      () => world.electrical.log,
      (c) => powerEvent(names, c),
      past,
    ),
    follow(
      () => world.coolingConditions.log,
      (c) => coolingEvent(names, c),
      past,
    ),
    follow(
      () => tracking.climate.conditions.log,
      (c) => climateEvent(names, c),
      past,
    ),
    follow(
      shadowAnomalies,
      (a): Draft => {
        const raised = a.kind === 'raise'
        const asset = names.rack(a.asset).index !== undefined ? names.rack(a.asset) : names.unit(a.asset)
        return {
          atS: a.atS,
          kind: 'shadow',
          severity: raised ? 'warning' : 'info',
          transition: raised ? 'raised' : 'cleared',
          asset,
          value: a.deviation,
          limit: null,
          unit: '',
          text: `${raised ? '' : 'Cleared: '}${a.asset} ${a.metric} departs from the twin by ${a.deviation.toPrecision(3)}`,
        }
      },
      always,
      true,
    ),
  ]
}

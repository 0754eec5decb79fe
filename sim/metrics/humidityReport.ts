// The run report's humidity section: supply dew points, inlet relative humidity, ASHRAE class states and the
// logged inlet conditions (docs/physics.md#humidity-and-ashrae-classes).
import type { Simulation } from '../simulation.ts'
import { economiserKind } from '../model/plant/plantSpec.ts'
import { dewPointFromHumidityRatio } from '../model/humidity/psychrometrics.ts'
import type { EnvelopeState } from './ashraeEnvelope.ts'

export type HumidityReport = ReturnType<typeof humidityOf>

const finite = (value: number) => (Number.isFinite(value) ? value : null)
const span = (values: ArrayLike<number>) => {
  const list = Array.from(values)
  return list.length > 0 ? { min: Math.min(...list), max: Math.max(...list) } : null
}

/** Humidity at the end of the run and over it; every temperature °C, humidity ratio kg/kg, RH %. */
export function humidityOf(sim: Simulation) {
  const { world, tracking } = sim
  const climate = tracking.climate
  const h = climate.humidity
  const running = Array.from(h.unitSupplyDewPointC).filter((_, j) => world.unitRunning[j] === 1)
  const states: Record<EnvelopeState, number> = { recommended: 0, allowable: 0, outside: 0 }
  for (const state of climate.rackState) states[state]++
  const byClass: Record<string, number> = {}
  for (const cls of climate.rackClass) byClass[cls] = (byClass[cls] ?? 0) + 1
  const [dewMin, dewMax] = climate.range.supplyDewPointC
  const [rhMin, rhMax] = climate.range.inletRhPct
  const changes = climate.conditions.log.filter(
    (e) => e.kind.startsWith('change') && e.transition === 'raised',
  )
  return {
    economiser: economiserKind(world.scenario.plant),
    /** What the humidity control holds, and what the room air has now (outdoor air's while it comes in). */
    indoorDewPointC: world.scenario.room.indoorDewPointC,
    roomDewPointC: Number.isFinite(h.roomRatio) ? dewPointFromHumidityRatio(h.roomRatio) : null,
    outdoorDewPointC: finite(h.outdoorDewPointC),
    outdoorAirIn: h.outdoorAirIn,
    apparatusDewPointC: finite(h.apparatusDewPointC),
    /** Running units' supply dew point now and its extremes over the run. */
    supplyDewPointC: { now: span(running), run: dewMin <= dewMax ? { min: dewMin, max: dewMax } : null },
    inletDewPointC: span(h.rackInletDewPointC),
    /** Rack inlet relative humidity now and its extremes over the run. */
    inletRhPct: { now: span(h.rackInletRhPct), run: rhMin <= rhMax ? { min: rhMin, max: rhMax } : null },
    /** Racks per class, and how many sit in their recommended / allowable envelope or outside it now. */
    racksByClass: byClass,
    racksByState: states,
    /** Seconds in which at least one inlet was outside its allowable envelope by dew point or RH. */
    secondsHumidityOutside: climate.secondsHumidityOutside,
    /** Onsets of a temperature change past a rack's limit (20 °C/h and 5 °C/15 min; tape 5 °C/h). */
    changeEvents: changes.length,
    activeConditions: climate.conditions.conditions.map((c) => ({ ...c })),
    events: climate.conditions.log.map((e) => ({ ...e })),
    eventCount: climate.conditions.eventCount,
  }
}

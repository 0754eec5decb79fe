// The what-if from now: the live run's inputs forked in the forecast worker, the baseline beside it.
import type { Command, SceneLayout } from '../../sim/index.ts'
import { betweenSteps } from '../bridge/live.ts'
import { runForecast, SupersededError } from '../bridge/forecastClient.ts'
import { simClient } from '../bridge/simClient.ts'
import { messageOf } from './actions.ts'
import { useUi } from './store.ts'
import type { ForkState } from './store.ts'
import { failTargets } from './targets.ts'

/** Horizons offered, each sampled finely enough for a ~150-point chart (the physics step is 60 s). */
export const FORK_HORIZONS: readonly { label: string; horizonS: number; sampleS: number }[] = [
  { label: '1 h', horizonS: 3600, sampleS: 60 },
  { label: '6 h', horizonS: 6 * 3600, sampleS: 120 },
  { label: '24 h', horizonS: 86_400, sampleS: 600 },
  { label: '7 d', horizonS: 7 * 86_400, sampleS: 3600 },
]

/** One hypothetical change as picked: the command, how long after now it happens, a line for the list. */
export interface ForkChange {
  command: Command
  delayS: number
  label: string
}

/** A kind of change the picker offers; `value` is the number typed beside it when it takes one. */
export interface ChangeOption {
  key: string
  group: 'Fail' | 'Change'
  label: string
  /** The typed value's unit and starting value, for options that take one. */
  input?: { unit: '%' | '°C'; initial: number; min: number; max: number }
  command: (value: number) => Command
  describe: (value: number) => string
}

/**
 * Every change a hall allows: fail any cooling unit, UPS system or PDU (power assets only with a power
 * chain, as failTargets already knows), scale the load by a percentage, move a unit's supply setpoint.
 */
export function changeOptions(layout: SceneLayout): ChangeOption[] {
  const failures = failTargets(layout).map((t): ChangeOption => ({
    key: `fail:${t.key}`,
    group: 'Fail',
    label: `Fail ${t.label}`,
    command: () => t.fail,
    describe: () => `Fail ${t.id}`,
  }))
  const load: ChangeOption = {
    key: 'load',
    group: 'Change',
    label: 'IT load, change by %',
    // setLoadScale accepts 0–2: −100 % to +100 %.
    input: { unit: '%', initial: 20, min: -100, max: 100 },
    command: (pct) => ({ type: 'setLoadScale', scale: 1 + pct / 100 }),
    describe: (pct) => `Load ${pct >= 0 ? '+' : '−'}${Math.abs(pct)} %`,
  }
  const setpoints = layout.units.map((u): ChangeOption => ({
    key: `setpoint:${u.id}`,
    group: 'Change',
    label: `Supply setpoint of ${u.id}`,
    input: { unit: '°C', initial: 22, min: 5, max: 35 },
    command: (c) => ({ type: 'setSupplySetpoint', unitId: u.id, supplySetpointC: c }),
    describe: (c) => `${u.id} supply ${c} °C`,
  }))
  return [...failures, load, ...setpoints]
}

/** "now" or "+30 min" / "+2 h" for a delay in seconds. */
export function delayText(delayS: number): string {
  if (delayS <= 0) return 'now'
  return delayS % 3600 === 0 ? `+${delayS / 3600} h` : `+${delayS / 60} min`
}

const IDLE: Pick<ForkState, 'computingFromS' | 'superseded'> = { computingFromS: null, superseded: 0 }

/**
 * Forks the live run now and computes `changes` beside the baseline to now + horizon in the forecast
 * worker; the live twin keeps stepping meanwhile. A newer call replaces one still computing (counted in
 * `superseded`); a restarted run drops the answer for the old one.
 */
export async function runWhatIf(
  changes: readonly ForkChange[],
  horizon: (typeof FORK_HORIZONS)[number],
): Promise<void> {
  if (!useUi.getState().layout) return
  try {
    // Between steps, so "now" is exactly the clock on screen and nothing is in flight.
    const inputs = await betweenSteps(() => simClient.forkInputs())
    const before = useUi.getState().fork
    const mine: ForkState = {
      computingFromS: inputs.nowS,
      superseded: before.superseded + (before.computingFromS === null ? 0 : 1),
      result: before.result,
    }
    useUi.setState({ fork: mine })
    const hypothetical = changes.map((c) => ({ atS: inputs.nowS + c.delayS, command: c.command }))
    try {
      const forecast = await runForecast(inputs, hypothetical, horizon.horizonS, horizon.sampleS)
      if (useUi.getState().fork !== mine) return
      const labels = changes.map((c) => `${c.label} ${delayText(c.delayS)}`)
      useUi.setState({ fork: { ...IDLE, result: { changes: labels, horizonS: horizon.horizonS, forecast } } })
    } catch (error) {
      if (error instanceof SupersededError || useUi.getState().fork !== mine) return
      useUi.setState({ fork: { ...mine, ...IDLE }, error: `What-if not run: ${messageOf(error)}` })
    }
  } catch (error) {
    useUi.setState({ error: `What-if not run: ${messageOf(error)}` })
  }
}

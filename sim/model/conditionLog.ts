// Conditions (power chain, cooling) as logged events: diffConditions finds raised/cleared transitions between
// two checks, recordConditions appends them to a bounded log with their simulated time.

/** What identifies a condition: its kind and the asset it is about. */
export interface ConditionKey {
  kind: string
  assetId: string
}

/** An abnormal state of one asset: loadW is compared with limitW (what each means is the checker's to say). */
export interface Condition extends ConditionKey {
  loadW: number
  limitW: number
}

/** A condition starting or ending between two checks. */
export interface Transition<C extends ConditionKey> {
  transition: 'raised' | 'cleared'
  condition: C
}

/** A condition raised or cleared at a simulated time. */
export type ConditionEvent<C extends ConditionKey> = C & { atS: number; transition: 'raised' | 'cleared' }

/** The conditions active now and the transitions so far; eventCount keeps counting past the log's cap. */
export interface ConditionLog<C extends ConditionKey> {
  conditions: C[]
  readonly log: ConditionEvent<C>[]
  eventCount: number
}

/** Beyond this many logged transitions only the count grows, so a flapping threshold cannot eat memory. */
const MAX_LOGGED_EVENTS = 10_000

export function createConditionLog<C extends ConditionKey>(): ConditionLog<C> {
  return { conditions: [], log: [], eventCount: 0 }
}

const keyOf = (c: ConditionKey) => `${c.kind} ${c.assetId}`

/**
 * Deadband of a load-against-limit condition, as a fraction of its limit: raised once the load exceeds the
 * limit, an active condition clears only once the load is back below limit × (1 − CONDITION_DEADBAND).
 * Without it a load hovering at the limit (a hall at 80.2 kW against 80.0 kW of design cooling) raises and
 * clears every few minutes. ANSI/ISA-18.2-2016 and EEMUA 191 call for a deadband on analog alarms (the
 * return-to-normal hysteresis OPC UA Part 9, B.1.5, illustrates); the per-measurement table usually quoted
 * from them (flow 5 %, level 5 %, pressure 2 %, temperature 1 % of range) could not be checked against the
 * standards' text here, so 2 % is taken: the middle of that table and a vendor default (Vista Data Vision's
 * alarm deadband). Electrical load and heat load are flow-like quantities; 2 % is the tighter reading.
 * docs/physics.md#conditions-deadband.
 */
export const CONDITION_DEADBAND = 0.02

const NO_KEYS: ReadonlySet<string> = new Set()

/** The keys ("kind assetId") of `conditions`, to tell an active condition from a new one. */
export function activeKeys(conditions: readonly ConditionKey[]): ReadonlySet<string> {
  return conditions.length === 0 ? NO_KEYS : new Set(conditions.map(keyOf))
}

/** Whether `c` (kind and asset) is among `active` (from activeKeys). */
export const isActive = (active: ReadonlySet<string>, kind: string, assetId: string): boolean =>
  active.size > 0 && active.has(`${kind} ${assetId}`)

/**
 * Over the limit with hysteresis: a new condition needs loadW > limitW; an active one holds while
 * loadW > limitW × (1 − deadband). Pure: the same inputs give the same answer.
 */
export function overLimit(
  loadW: number,
  limitW: number,
  active: boolean,
  deadband = CONDITION_DEADBAND,
): boolean {
  return loadW > (active ? limitW * (1 - deadband) : limitW)
}

/**
 * Transitions from `previous` to `current` (conditions match on kind and assetId; load changes alone are not
 * transitions): cleared ones first in `previous` order carrying their last values, then raised ones in
 * `current` order. Pure and deterministic, so equal inputs give equal event logs.
 */
export function diffConditions<C extends ConditionKey>(
  previous: readonly C[],
  current: readonly C[],
): Transition<C>[] {
  const before = new Set(previous.map(keyOf))
  const now = new Set(current.map(keyOf))
  const transitions: Transition<C>[] = []
  for (const c of previous) if (!now.has(keyOf(c))) transitions.push({ transition: 'cleared', condition: c })
  for (const c of current) if (!before.has(keyOf(c))) transitions.push({ transition: 'raised', condition: c })
  return transitions
}

/** Logs the transitions from the active conditions to `current` at `nowS`, then makes `current` active. */
export function recordConditions<C extends ConditionKey>(
  target: ConditionLog<C>,
  nowS: number,
  current: C[],
): void {
  for (const { transition, condition } of diffConditions(target.conditions, current))
    logNet(target, nowS, transition, condition)
  target.conditions = current
}

/**
 * Several settles can share one instant (a workload update and a physics tick); a condition that clears and
 * comes back within the same instant is no event, so the opposite entry at `atS` is taken back instead.
 */
function logNet<C extends ConditionKey>(
  target: ConditionLog<C>,
  atS: number,
  transition: 'raised' | 'cleared',
  condition: C,
): void {
  const { log } = target
  for (let k = log.length - 1; k >= 0 && log[k].atS === atS; k--) {
    const prior = log[k]
    if (
      prior.kind === condition.kind &&
      prior.assetId === condition.assetId &&
      prior.transition !== transition
    ) {
      log.splice(k, 1)
      target.eventCount--
      return
    }
  }
  if (log.length < MAX_LOGGED_EVENTS) log.push({ atS, transition, ...condition })
  target.eventCount++
}

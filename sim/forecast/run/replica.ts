// One replica of a forecast (Tier A): at every knot the inventory of that month at the month's peak load, its
// ledger, and when each line first went past its design limit. docs/forecast.md#forecast-runner-and-capacity-as-code
import type { Scenario } from '../../scenario/types.ts'
import type { TraceInput } from '../../workload/traceReplay.ts'
import { demandAt, MONTH_S } from '../growth/index.ts'
import { replicaStream } from '../montecarlo/stream.ts'
import type { ChillerPlant } from '../montecarlo/failures.ts'
import { entryKey, ledgerOf, type LedgerState, type LedgerUnit, type ResourceKind } from '../ledger/index.ts'
import { crossingMonth, type KnotLine } from './crossing.ts'
import { monthEnergy, type KnotPower } from './monthlyEnergy.ts'
import { failurePass, type FailureCrossing } from './failurePass.ts'
import { planForecast, type ForecastPlan } from './plan.ts'
import { mergeWorst, worstOfLedger, type WorstByKind } from './worstByKind.ts'
import { planOfWorkload, workloadPickOf } from './workloadSeeds.ts'

const DAY_S = 86_400

/** One ledger line over the forecast. */
export interface LineRecord {
  /** `kind:asset`, the same key across replicas and months. */
  id: string
  kind: ResourceKind
  asset: string
  unit: LedgerUnit
  redundancy: string
  /** Its design limit (usable capacity) when first seen, in `unit`. */
  limit: number
  /**
   * Months from the start (fractional) at which it was first crossed, the earlier of growth (it left ok, all in
   * service) and a failure (the start of an outage that put it over); null: not within the horizon.
   */
  firstCrossingMonth: number | null
  /** redundancyLost or over where it crossed; ok when it never did. */
  stateAtCrossing: LedgerState
  /** What crossed it first: growth, a sampled failure, or nothing (null) within the horizon. */
  cause: 'growth' | 'failure' | null
}

/** Forecast month k covers the mean months [k, k + 1) from the start. */
export interface MonthRecord {
  month: number
  /** The highest settled IT power of the month's knots, kW. */
  peakItKw: number
  itKwh: number
  facilityKwh: number
  /** In the tariff's currency; null without a tariff. */
  cost: number | null
  emissionsKgCo2e: number | null
  /**
   * Per resource kind, over the month's knots (all in service) and every asset of the kind: the highest
   * used ÷ design limit, % (W, U and s lines), or the hottest inlet, °C (inletRecommended, inletAllowable).
   * Keys sorted.
   */
  worstByKind: WorstByKind
}

/** What one replica returns: small, plain JSON, and a function of (scenario, months, seed, replica) alone. */
export interface ReplicaRecord {
  replica: number
  seed: number
  /** The standard normal drawn for the growth rate (the `sigmas` of demandAt). */
  growthZ: number
  /** The workload seed whose simulated day gave this replica's peak and hourly shape (one of the plan's). */
  workloadSeed: number
  lines: LineRecord[]
  months: MonthRecord[]
  /** Id of the line crossed first (furthest past its limit on a tie); null when none crosses. */
  first: string | null
  /** Whether equipment failures were sampled (false: a growth-only forecast). */
  failuresSampled: boolean
  /** Failures starting within the horizon (0 when not sampled). */
  outages: number
  /** Hours within the horizon during which some line not yet crossed by growth was over through failures. */
  breachHours: number
  /** The chiller plant the failures assumed; null when none were sampled or no inventory has a CRAH. */
  chillerPlant: ChillerPlant | null
}

export interface ReplicaOptions {
  months: number
  replica: number
  /** Base seed of the forecast (32-bit); each replica's streams are keyed by (seed, replica, name). */
  seed: number
  /** Reuse a plan across replicas (it holds everything that does not depend on the replica). */
  plan?: ForecastPlan
  trace?: TraceInput
  /** Replace the drawn growth deviation, in standard deviations (e.g. 0 for the mean path). */
  growthZ?: number
  /** Sample equipment failures into the ledger (default: the scenario's reliability.sampleFailures, true). */
  failures?: boolean
}

/**
 * The replica's growth deviation: one standard normal from the Monte Carlo part's counter-based (Philox) stream
 * keyed by (seed, replica, 'growth'), so it depends on those alone, never on which replicas ran before or where.
 */
export function growthZOf(seed: number, replica: number): number {
  return replicaStream({
    scenarioSeed: seed,
    replicaIndex: replica,
    streamName: 'growth',
    assetId: '',
  }).normal(0, 1)
}

/** Runs one replica; builds the plan unless one is given. */
export function forecastReplica(scenario: Scenario, options: ReplicaOptions): ReplicaRecord {
  const { months, replica, seed } = options
  if (!(Number.isInteger(replica) && replica >= 0))
    throw new RangeError(`replica must be an integer ≥ 0, got ${replica}`)
  const shared = options.plan ?? planForecast(scenario, { months, trace: options.trace })
  if (shared.months !== months)
    throw new RangeError(`the plan is for ${shared.months} months, asked for ${months}`)
  const workload = workloadPickOf(seed, replica, shared.workloadSeeds.length)
  const plan = planOfWorkload(shared, workload)
  const growthZ = options.growthZ ?? growthZOf(seed, replica)
  const growth = scenario.growth
  const calendarMonthAtStart = plan.calendarMonthAtStart
  const scaleAt = (m: number) => (growth ? demandAt(growth, m, { calendarMonthAtStart, sigmas: growthZ }) : 1)

  const lines = new Map<string, LineRecord & { rankPct: number }>()
  const last = new Map<string, KnotLine>()
  const powers: KnotPower[] = []
  const worsts: WorstByKind[] = []
  for (const knot of plan.knots) {
    const scale = scaleAt(knot.month)
    const { point, profile } = plan.segments[knot.segment]
    // The plant sees the outdoor air of the knot's day at the day's peak hour, so PUE follows the seasons.
    // (a mean month is not whole days: the knot's instant itself would wander through the hours of the day).
    const epochS = scenario.startEpochS + Math.floor((knot.month * MONTH_S) / DAY_S) * DAY_S + profile.peakAtS
    const world = point.settle(scale, undefined, { epochS })
    powers.push({
      month: knot.month,
      segment: knot.segment,
      itW: world.totals.itW,
      facilityW: world.totals.facilityW,
    })
    const ledger = ledgerOf(world)
    worsts.push(worstOfLedger(ledger))
    for (const entry of ledger) {
      const id = entryKey(entry)
      const here: KnotLine = { month: knot.month, scale, entry }
      let line = lines.get(id)
      if (!line) {
        line = {
          id,
          kind: entry.kind,
          asset: entry.assetId,
          unit: entry.unit,
          redundancy: entry.redundancy,
          limit: entry.designLimit,
          firstCrossingMonth: null,
          stateAtCrossing: 'ok',
          cause: null,
          rankPct: Infinity,
        }
        lines.set(id, line)
      }
      if (line.firstCrossingMonth === null && entry.state !== 'ok') {
        const before = last.get(id)
        line.firstCrossingMonth =
          before && before.entry.state === 'ok' ? crossingMonth(before, here, scaleAt) : knot.month
        line.stateAtCrossing = entry.state
        line.cause = 'growth'
        line.rankPct = entry.marginPct
      }
      last.set(id, here)
    }
  }

  const failuresSampled = options.failures ?? scenario.reliability?.sampleFailures ?? true
  const failed = failuresSampled
    ? failurePass(plan, { seed, replica, scaleAt }, (id) => lines.get(id)?.firstCrossingMonth ?? null)
    : { outages: 0, breachHours: 0, crossings: new Map<string, FailureCrossing>(), chillerPlant: null }
  for (const [id, crossing] of failed.crossings) {
    // failurePass only reports lines it found over before their growth crossing.
    const line = lines.get(id)
    if (!line) continue
    line.firstCrossingMonth = crossing.month
    line.stateAtCrossing = 'over'
    line.cause = 'failure'
    line.rankPct = crossing.marginPct
  }

  const records = [...lines.values()]
  let first: (typeof records)[number] | null = null
  for (const line of records)
    if (
      line.firstCrossingMonth !== null &&
      (first === null ||
        line.firstCrossingMonth < first.firstCrossingMonth! ||
        (line.firstCrossingMonth === first.firstCrossingMonth && line.rankPct < first.rankPct))
    )
      first = line
  return {
    replica,
    seed,
    growthZ,
    workloadSeed: plan.workloadSeeds[workload],
    lines: records.map(({ rankPct: _, ...line }) => line),
    months: monthRecords(plan, powers, worsts, scaleAt),
    first: first?.id ?? null,
    failuresSampled,
    outages: failed.outages,
    breachHours: failed.breachHours,
    chillerPlant: failed.chillerPlant,
  }
}

function monthRecords(
  plan: ForecastPlan,
  powers: KnotPower[],
  worsts: WorstByKind[],
  scaleAt: (month: number) => number,
): MonthRecord[] {
  const { scenario, months, segments } = plan
  const hourly = (segment: number) => segments[segment].profile.hourlyItW
  const out: MonthRecord[] = []
  for (let k = 0; k < months; k++) {
    let peakW = 0
    const inMonth: WorstByKind[] = []
    powers.forEach((p, i) => {
      if (p.month < k || p.month > k + 1) return
      peakW = Math.max(peakW, p.itW)
      inMonth.push(worsts[i])
    })
    const energy = monthEnergy(k, scenario.startEpochS, powers, hourly, scaleAt, scenario.growth?.tariff)
    out.push({ month: k, peakItKw: peakW / 1000, ...energy, worstByKind: mergeWorst(inMonth) })
  }
  return out
}

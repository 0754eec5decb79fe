// Replica records → the forecast document: every ledger line with p10/p50/p90 of its first-crossing month, what
// breaks first, today's breaking point and stranded capacity, and monthly peaks, energy, cost and emissions.
// docs/forecast.md#forecast-runner-and-capacity-as-code
import type { LedgerUnit, ResourceKind } from '../ledger/index.ts'
import { bandsOf, compareBands, type Bands } from './quantile.ts'
import type { LineRecord, ReplicaRecord } from './replica.ts'
import type { TodayCapacity } from './todayCapacity.ts'
import type { Recommendation } from '../advice/recommendation.ts'
import type { ChillerPlant } from '../montecarlo/failures.ts'
import { isCelsiusKind, sortedKeys } from './worstByKind.ts'

export interface ForecastResource {
  id: string
  kind: ResourceKind
  asset: string
  redundancy: string
  /** Design limit (usable capacity), in `unit`. */
  limit: number
  unit: LedgerUnit
  /** Months from the start; null = not crossed within the horizon at that percentile ("> months"). */
  firstCrossing: Bands
  /** Share of replicas in which it is crossed within the horizon. */
  crossedShare: number
  /** Share of replicas in which its first crossing was caused by a sampled failure (≤ crossedShare). */
  failureShare: number
}

export interface FirstToBreak {
  id: string
  p50: number | null
  /** Share of replicas in which this line is the first crossed. */
  firstShare: number
}

export interface MonthBands {
  month: number
  peakItKw: Bands
  facilityKwh: Bands
  cost: Bands | null
  emissionsKgCo2e: Bands | null
  /** Facility ÷ IT energy of the month, across replicas (the plant at each knot's outdoor air). */
  pue: Bands
  /** Per kind, p10/p50/p90 across replicas of MonthRecord.worstByKind (% of design limit, or °C); keys sorted. */
  worstByKind: Partial<Record<ResourceKind, Bands>>
}

/** What a worstByKind series is drawn against: 100 % of the design limit, or the inlet limit in °C. */
export interface KindLimit {
  limit: number
  unit: '%' | '°C'
}

export interface ForecastSummary {
  months: number
  replicas: number
  seed: number
  /** Lines in order of p50 first crossing, then p10, then p90 (beyond the horizon last), then id. */
  resources: ForecastResource[]
  /** The lines some replica crosses first, most often first at the top. */
  breaksFirst: FirstToBreak[]
  breakingPoint: TodayCapacity['breakingPoint']
  strandedByRack: TodayCapacity['strandedByRack']
  /**
   * Provisioning advice (advice/adviseForecast.ts), which the command line and the tab add after summarising:
   * null until then, and so in a forecast run without it (--no-advice, the tab's advice off); [] when it was
   * computed and found nothing to advise.
   */
  recommendations: Recommendation[] | null
  monthly: MonthBands[]
  /**
   * The limit line of each kind's monthly worst series: 100 % for the share kinds, the lowest design limit of
   * the kind's lines (the strictest ASHRAE class present) in °C for the inlet kinds. Keys sorted.
   */
  kindLimits: Partial<Record<ResourceKind, KindLimit>>
  /** Sampled equipment failures across the replicas. */
  failures: FailureSummary
}

export interface FailureSummary {
  /** false: a growth-only forecast (every count below is 0). */
  sampled: boolean
  /** Mean failures starting within the horizon, per replica. */
  meanOutages: number
  /** Hours within the horizon some line was over through failures, across replicas. */
  breachHours: Bands
  /**
   * The chiller plant assumed (reliability.chillers, chillerSpares: 1 and 0 unless the scenario says): every
   * CRAH is failed while more than `spares` chillers are down. null: no failures sampled, or no CRAH hall.
   */
  chillerPlant: ChillerPlant | null
}

/**
 * Pure: the same records give the same document whatever order they come in (they are sorted by replica first),
 * so shards merged in any order summarise alike. Quantiles are of per-replica dates (quantile.ts).
 * @throws RangeError for no records, a replica given twice, or records of different horizons or seeds
 */
export function summarise(records: readonly ReplicaRecord[], today: TodayCapacity): ForecastSummary {
  if (records.length === 0) throw new RangeError('no replica records to summarise')
  const sorted = [...records].sort((a, b) => a.replica - b.replica)
  const { seed } = sorted[0]
  const months = sorted[0].months.length
  sorted.forEach((r, i) => {
    if (i > 0 && r.replica === sorted[i - 1].replica) throw new RangeError(`replica ${r.replica} given twice`)
    if (r.seed !== seed) throw new RangeError(`replica ${r.replica} has seed ${r.seed}, replica 0's ${seed}`)
    if (r.months.length !== months)
      throw new RangeError(`replica ${r.replica} covers ${r.months.length} months, not ${months}`)
    if (r.failuresSampled !== sorted[0].failuresSampled)
      throw new RangeError(`replica ${r.replica} differs from replica 0 in whether failures were sampled`)
  })
  const n = sorted.length
  const byId = new Map<string, { line: LineRecord; months: (number | null)[]; byFailure: number }>()
  sorted.forEach((record, r) => {
    for (const line of record.lines) {
      let slot = byId.get(line.id)
      // A line absent from some replica (not built there) counts as never crossed in it.
      if (!slot)
        byId.set(line.id, (slot = { line, months: new Array<number | null>(n).fill(null), byFailure: 0 }))
      slot.months[r] = line.firstCrossingMonth
      if (line.cause === 'failure') slot.byFailure++
    }
  })
  const resources: ForecastResource[] = [...byId.values()].map(({ line, months: m, byFailure }) => ({
    id: line.id,
    kind: line.kind,
    asset: line.asset,
    redundancy: line.redundancy,
    limit: line.limit,
    unit: line.unit,
    firstCrossing: bandsOf(m),
    crossedShare: m.filter((v) => v !== null).length / n,
    failureShare: byFailure / n,
  }))
  resources.sort((a, b) => compareBands(a.firstCrossing, b.firstCrossing) || (a.id < b.id ? -1 : 1))

  const firstCounts = new Map<string, number>()
  for (const r of sorted) if (r.first) firstCounts.set(r.first, (firstCounts.get(r.first) ?? 0) + 1)
  const p50Of = new Map(resources.map((x) => [x.id, x.firstCrossing.p50]))
  const breaksFirst = [...firstCounts]
    .map(([id, count]) => ({ id, p50: p50Of.get(id) ?? null, firstShare: count / n }))
    .sort((a, b) => b.firstShare - a.firstShare || (a.id < b.id ? -1 : 1))

  return {
    months,
    replicas: n,
    seed,
    resources,
    breaksFirst,
    breakingPoint: today.breakingPoint,
    strandedByRack: today.strandedByRack,
    recommendations: null,
    monthly: monthlyBands(sorted, months),
    kindLimits: kindLimitsOf(sorted),
    failures: {
      sampled: sorted[0].failuresSampled,
      meanOutages: sorted.reduce((sum, r) => sum + r.outages, 0) / n,
      breachHours: bandsOf(sorted.map((r) => r.breachHours)),
      chillerPlant: sorted[0].chillerPlant,
    },
  }
}

function kindLimitsOf(records: readonly ReplicaRecord[]): Partial<Record<ResourceKind, KindLimit>> {
  const limits: Partial<Record<ResourceKind, KindLimit>> = {}
  for (const record of records)
    for (const month of record.months)
      for (const kind of Object.keys(month.worstByKind) as ResourceKind[])
        limits[kind] ??= isCelsiusKind(kind) ? { limit: Infinity, unit: '°C' } : { limit: 100, unit: '%' }
  for (const record of records)
    for (const line of record.lines) {
      const slot = limits[line.kind]
      if (slot?.unit === '°C') slot.limit = Math.min(slot.limit, line.limit)
    }
  return sortedKeys(limits)
}

function monthlyBands(records: readonly ReplicaRecord[], months: number): MonthBands[] {
  const priced = records[0].months[0]?.cost !== null
  return Array.from({ length: months }, (_, k) => {
    const of = (pick: (m: ReplicaRecord['months'][number]) => number | null) =>
      bandsOf(records.map((r) => pick(r.months[k])))
    // A kind some replica lacks that month (not built there) is banded over the replicas that have it.
    const kinds = [...new Set(records.flatMap((r) => Object.keys(r.months[k].worstByKind)))].sort()
    const worstByKind: Partial<Record<ResourceKind, Bands>> = {}
    for (const kind of kinds as ResourceKind[])
      worstByKind[kind] = bandsOf(
        records.flatMap((r) =>
          r.months[k].worstByKind[kind] === undefined ? [] : [r.months[k].worstByKind[kind]!],
        ),
      )
    return {
      month: k,
      peakItKw: of((m) => m.peakItKw),
      facilityKwh: of((m) => m.facilityKwh),
      cost: priced ? of((m) => m.cost) : null,
      emissionsKgCo2e: priced ? of((m) => m.emissionsKgCo2e) : null,
      pue: of((m) => (m.itKwh > 0 ? m.facilityKwh / m.itKwh : null)),
      worstByKind,
    }
  })
}

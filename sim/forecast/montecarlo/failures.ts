// Random equipment failures over a horizon: each asset alternates exponential up times (mean MTBF) and
// lognormal repairs (mean MTTR), drawn from its own stream keyed by asset id, so adding an asset leaves every
// other asset's timeline unchanged. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import type { Scenario } from '../../scenario/types.ts'
import type { ReliabilitySpec } from '../../scenario/reliabilitySchema.ts'
import { reliabilitySchema } from '../../scenario/reliabilitySchema.ts'
import type { AssetKind } from './reliabilityDefaults.ts'
import { replicaStream } from './stream.ts'

/** An asset that can fail. */
export interface FailingAsset {
  readonly id: string
  readonly kind: AssetKind
}

/** One outage: the asset is down from failH until restoreH (hours from the start; restoreH may pass the horizon). */
export interface FailureWindow {
  readonly assetId: string
  readonly kind: AssetKind
  readonly failH: number
  readonly restoreH: number
}

/** The scenario's reliability figures with every default filled in. */
export function reliabilityOf(scenario: Pick<Scenario, 'reliability'>): ReliabilitySpec {
  return scenario.reliability ?? reliabilitySchema.parse({})
}

/** The chiller plant a forecast assumes: how many chillers, and how many of them are standby. */
export interface ChillerPlant {
  chillers: number
  spares: number
}

/** reliability.chillers and chillerSpares (1 and 0 unless the scenario says otherwise). */
export function chillerPlantOf(scenario: Pick<Scenario, 'reliability'>): ChillerPlant {
  const { chillers, chillerSpares } = reliabilityOf(scenario)
  return { chillers, spares: chillerSpares }
}

/**
 * The assets of a hall that fail independently: every cooling unit, every UPS module (`<ups>/module-<k>`),
 * every PDU, and when any unit is a CRAH the plant's chillers: `chiller` when it has one (the id every forecast
 * before chillerSpares drew from, so those draws are unchanged), else `chiller-1` … `chiller-n`.
 */
export function failingAssetsOf(
  scenario: Pick<Scenario, 'coolingUnits' | 'powerChain' | 'reliability'>,
): FailingAsset[] {
  const assets: FailingAsset[] = scenario.coolingUnits.map((u) => ({ id: u.id, kind: 'coolingUnit' }))
  for (const ups of scenario.powerChain?.upsSystems ?? [])
    for (let k = 1; k <= ups.moduleCount; k++) assets.push({ id: `${ups.id}/module-${k}`, kind: 'upsModule' })
  for (const pdu of scenario.powerChain?.pdus ?? []) assets.push({ id: pdu.id, kind: 'pdu' })
  if (scenario.coolingUnits.some((u) => u.type === 'crah')) {
    const { chillers } = chillerPlantOf(scenario)
    for (let k = 1; k <= chillers; k++)
      assets.push({ id: chillers === 1 ? 'chiller' : `chiller-${k}`, kind: 'chiller' })
  }
  return assets
}

/** Whose draws: the scenario's seed and the replica; the stream is named "failure" and keyed by asset id. */
export interface TimelineOptions {
  readonly scenarioSeed: number
  readonly replicaIndex: number
  /** Failures starting before this many hours count. */
  readonly horizonH: number
}

/** One asset's outages in a replica, in time order. */
export function assetTimeline(
  asset: FailingAsset,
  reliability: ReliabilitySpec,
  options: TimelineOptions,
): FailureWindow[] {
  const { mtbfH, mttrH, repairLogSd } = reliability[asset.kind]
  const stream = replicaStream({
    scenarioSeed: options.scenarioSeed,
    replicaIndex: options.replicaIndex,
    streamName: 'failure',
    assetId: asset.id,
  })
  const windows: FailureWindow[] = []
  // The asset starts new and up; the horizon bounds the loop (each up time is > 0 with probability 1).
  for (let tH = stream.exponential(mtbfH); tH < options.horizonH; tH += stream.exponential(mtbfH)) {
    const restoreH = tH + stream.lognormalOfMean(mttrH, repairLogSd)
    windows.push({ assetId: asset.id, kind: asset.kind, failH: tH, restoreH })
    tH = restoreH
  }
  return windows
}

/** Every asset's outages in a replica, sorted by failure time (then asset id, for ties). */
export function failureTimeline(
  assets: readonly FailingAsset[],
  reliability: ReliabilitySpec,
  options: TimelineOptions,
): FailureWindow[] {
  if (!(options.horizonH >= 0 && Number.isFinite(options.horizonH)))
    throw new RangeError(`failureTimeline: horizonH must be finite and ≥ 0, got ${options.horizonH}`)
  return assets
    .flatMap((asset) => assetTimeline(asset, reliability, options))
    .sort((a, b) => a.failH - b.failH || (a.assetId < b.assetId ? -1 : a.assetId > b.assetId ? 1 : 0))
}

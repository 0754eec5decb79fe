// Monte Carlo machinery (issue 10, items 6 and 7): counter-based streams, failure/repair sampling, censored
// quantiles and the worker-independent fan-out. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
export { philox4x32, PHILOX_ROUNDS } from './philox.ts'
export { replicaStream } from './stream.ts'
export type { ReplicaStream, StreamKey } from './stream.ts'
export { ASSET_KINDS, RELIABILITY_DEFAULTS } from './reliabilityDefaults.ts'
export type { AssetKind, ReliabilityDefault } from './reliabilityDefaults.ts'
export { assetTimeline, chillerPlantOf, failingAssetsOf, failureTimeline, reliabilityOf } from './failures.ts'
export type { ChillerPlant, FailingAsset, FailureWindow, TimelineOptions } from './failures.ts'
export { failureCommandsOf } from './failureCommands.ts'
export { outagesOf } from './outages.ts'
export type { Outage } from './outages.ts'
export { bandOf, quantileOf, quantileRanks, quantilesOf } from './quantiles.ts'
export type { Band, QuantileRanks } from './quantiles.ts'
export { fanOut, inlineRunner, shardIndices, sortedRecords } from './replicas.ts'
export type { CancelSignal, FanOutOptions, IndexedResult, ReplicaFn, ReplicaRunner } from './replicas.ts'
export { coolingLossReplica } from './coolingLossReplica.ts'
export type { CoolingLoss, CoolingLossInput } from './coolingLossReplica.ts'
export type { ReliabilitySpec } from '../../scenario/reliabilitySchema.ts'
// forecastTask.ts (the forecast replica as a pool task) is loaded by module path, not re-exported here: it
// imports sim/forecast/run, which imports this barrel.

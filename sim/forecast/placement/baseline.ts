// What every candidate of one request shares: the request checked, the hall as of its date, today's peak and
// the hall read there without the servers, all in service and under each single failure.
import type { Scenario } from '../../scenario/types.ts'
import { epochSOf, scenarioAt } from '../growth/index.ts'
import { createOperatingPoint, peakOfSpan, singleFailures } from '../ledger/index.ts'
import type { PlacementRequest } from './types.ts'
import { scanAll, type Baseline } from './verify.ts'
import { requireRacks } from '../requireRacks.ts'

/** Most servers one request may place: a large hall's worth. */
export const MAX_SERVERS = 10_000

/** A request that cannot be asked of this scenario: the message names the option. */
export class PlacementRequestError extends Error {
  override name = 'PlacementRequestError'
}

/** The ISO date a deployment is written with: the calendar date at UTC midnight, else the instant. */
export const isoOf = (epochS: number) => {
  const iso = new Date(epochS * 1000).toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z')
}

/** Validates the request, takes the hall as of its date and reads it at today's peak, all in and N−1. */
export function baselineOf(scenario: Scenario, request: PlacementRequest): Baseline {
  requireRacks(scenario, 'placement')
  const { model, count } = request
  if (!scenario.serverModels.some((m) => m.id === model)) {
    const ids = scenario.serverModels.map((m) => m.id).join(', ')
    throw new PlacementRequestError(
      `model: no server model "${model}" in ${scenario.name} (${ids ? `it has ${ids}` : 'it has no server models'})`,
    )
  }
  if (!(Number.isInteger(count) && count >= 1 && count <= MAX_SERVERS))
    throw new PlacementRequestError(`count: ${count} is not a whole number from 1 to ${MAX_SERVERS}`)
  for (const key of ['top', 'maxVerifications'] as const) {
    const n = request[key]
    if (n !== undefined && !(Number.isInteger(n) && n >= 1))
      throw new PlacementRequestError(`${key}: ${n} is not a whole number of at least 1`)
  }
  const scale = request.loadScale
  if (scale !== undefined && !(scale > 0 && Number.isFinite(scale)))
    throw new PlacementRequestError(`loadScale: ${scale} is not a positive number`)
  let epochS = scenario.startEpochS
  if (request.date !== undefined) {
    try {
      epochS = epochSOf(request.date)
    } catch {
      throw new PlacementRequestError(`date: "${request.date}" is not an ISO 8601 date such as 2026-07-01`)
    }
    if (epochS < scenario.startEpochS)
      throw new PlacementRequestError(
        `date: ${request.date} is before the scenario's start ${isoOf(scenario.startEpochS)}`,
      )
  }
  const hall = scenarioAt(scenario, epochS)
  const peak = peakOfSpan(hall, { trace: request.trace })
  const peakEpochS = epochS + peak.atS
  const point = createOperatingPoint(hall, peak.utilization, peakEpochS)
  const limits = { inletLimitC: request.inletLimitC, failureInletLimitC: request.failureInletLimitC }
  const partial = {
    hall,
    peakItW: peak.itW,
    utilization: peak.utilization,
    peakEpochS,
    loadScale: request.loadScale ?? 1,
    limits,
    failures: singleFailures(point.world),
    model,
    date: isoOf(epochS),
  }
  return { ...partial, before: scanAll(point, partial), point }
}

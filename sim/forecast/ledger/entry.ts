// One line of the capacity ledger: a resource of one asset, what it may carry, what it carries, and its state.
// Definitions (usable vs design capacity, redundancy) in docs/forecast.md#capacity-ledger-what-breaks-first-stranded-capacity-breaking-point.

/** The resources the ledger tracks, one kind per line of docs/forecast.md's table. */
export type ResourceKind =
  | 'rackSpace'
  | 'rackPower'
  | 'branchCircuit'
  | 'abFeed'
  | 'pdu'
  | 'ups'
  | 'cooling'
  | 'coolingUnit'
  | 'inletRecommended'
  | 'inletAllowable'
  | 'queueWait'

/** ok; redundancy lost (above the design limit, within the installed one); over (above the installed limit). */
export type LedgerState = 'ok' | 'redundancyLost' | 'over'

export type LedgerUnit = 'U' | 'W' | '°C' | 's'

export interface LedgerEntry {
  kind: ResourceKind
  /** Rack, PDU, UPS or cooling unit id; "<pduId>/<rackId>" for a branch circuit; "cooling" for the hall. */
  assetId: string
  /** The redundancy the limits are stated at: 'N+1', '2N', 'A/B', or 'none'. */
  redundancy: string
  unit: LedgerUnit
  used: number
  /** Everything installed and running: above it the resource is over. */
  limit: number
  /**
   * Usable capacity at the design redundancy (Uptime's "useable capacity": the most that may be put on the N
   * level); equal to `limit` where the resource has no redundancy. Above it, redundancy is lost.
   */
  designLimit: number
  /** designLimit − used, in `unit`: what may still be added before the state leaves ok. */
  margin: number
  /** margin as a share of designLimit, %. */
  marginPct: number
  state: LedgerState
  /** Where the value was read when the asset is a class or the hall: the hottest rack of a thermal line. */
  where?: string
  /**
   * Set where the design limit is a capacity less load that a failure would move onto this line (an A/B PDU:
   * the other cords of its racks; a 2N or 2(N+1) UPS side: its partner's output): what the line would carry
   * after that failure and the capacity it would have then, in `unit`: used > capacity exactly when the entry's
   * used > designLimit, but used ÷ designLimit runs away as load grows (the limit shrinks as used grows), while
   * used ÷ capacity here is linear in load: the share a chart of the line draws.
   */
  afterFailure?: { used: number; capacity: number }
}

/** What an entry is before its margin and state are derived. */
export type EntryInput = Pick<LedgerEntry, 'kind' | 'assetId' | 'redundancy' | 'unit' | 'used' | 'limit'> & {
  designLimit?: number
  where?: string
  afterFailure?: LedgerEntry['afterFailure']
}

/**
 * Completes an entry: designLimit defaults to limit; state is over above limit, redundancyLost above
 * designLimit, else ok; margin is designLimit − used.
 */
export function ledgerEntry(input: EntryInput): LedgerEntry {
  const { kind, assetId, redundancy, unit, used, limit, where, afterFailure } = input
  const designLimit = input.designLimit ?? limit
  const margin = designLimit - used
  const state: LedgerState = used > limit ? 'over' : used > designLimit ? 'redundancyLost' : 'ok'
  const marginPct = designLimit !== 0 ? (100 * margin) / designLimit : used > 0 ? -100 : 0
  // One literal of fixed shape (a spread of the input made each entry cost ~20 µs in the large hall's 2,225).
  const entry: LedgerEntry = {
    kind,
    assetId,
    redundancy,
    unit,
    used,
    limit,
    designLimit,
    margin,
    marginPct,
    state,
  }
  if (where !== undefined) entry.where = where
  if (afterFailure !== undefined) entry.afterFailure = afterFailure
  return entry
}

/** The key that names one ledger line across ledgers of different dates. */
export const entryKey = (e: Pick<LedgerEntry, 'kind' | 'assetId'>): string => `${e.kind}:${e.assetId}`

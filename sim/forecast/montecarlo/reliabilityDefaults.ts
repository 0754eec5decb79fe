// Default MTBF and MTTR per asset kind, each with where it comes from and how far it can be trusted
// (P primary source read, S secondary, U unverified placeholder). The scenario's `reliability` section
// overrides any of them. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards

/** The asset kinds whose failures a replica samples. */
export const ASSET_KINDS = ['coolingUnit', 'upsModule', 'pdu', 'chiller'] as const
export type AssetKind = (typeof ASSET_KINDS)[number]

export interface ReliabilityDefault {
  /** Mean time between failures, h: up times are exponential with this mean (the IEEE 493 assumption). */
  mtbfH: number
  /** Mean time to repair, h: repairs are lognormal with this arithmetic mean. */
  mttrH: number
  /** Log-space standard deviation of the repair time (lognormal repairs: Schroeder & Gibson, DSN 2006). */
  repairLogSd: number
  source: string
  tag: 'P' | 'S' | 'U'
}

// Repair spread: σ = 1 (a repair 2.7× the median is one σ long) is an assumption, below the 1.42 fitted to
// LANL host repairs (Failure Trace Archive, via OpenDC's Lanl05 prefab), since facility repairs follow a
// service contract rather than a diagnosis of unknown length.
const REPAIR_LOG_SD = 1

export const RELIABILITY_DEFAULTS: Readonly<Record<AssetKind, ReliabilityDefault>> = {
  coolingUnit: {
    mtbfH: 36_500,
    mttrH: 24,
    repairLogSd: REPAIR_LOG_SD,
    source:
      'AHU, central system, 36,500 h / 24 h, from a public CSV attributed to IEEE 493-2007 ' +
      '(equinor/neqsim reliabilitydata/ieee493_equipment.csv); not checked against the standard',
    tag: 'U',
  },
  upsModule: {
    mtbfH: 125_000,
    mttrH: 26,
    repairLogSd: REPAIR_LOG_SD,
    source:
      'MTBF: ~125,000 h per UPS assembly, MIL-HDBK-217F prediction (Kohler UPS blog); MTTR: 26 h, inverters ' +
      '(class E25-000), IEEE 493-2007 Table 10-4 from USACE TM 5-698-5, as transcribed in a public note',
    tag: 'S',
  },
  pdu: {
    mtbfH: 438_600,
    mttrH: 48,
    repairLogSd: REPAIR_LOG_SD,
    source:
      'dry-type transformer 300–750 kVA, 438,600 h / 48 h, from a public CSV attributed to IEEE 493-2007 ' +
      '(equinor/neqsim); not checked against the standard',
    tag: 'U',
  },
  chiller: {
    mtbfH: 10_950,
    mttrH: 72,
    repairLogSd: REPAIR_LOG_SD,
    source:
      'centrifugal chiller, 10,950 h / 72 h, from a public CSV attributed to IEEE 493-2007 (equinor/neqsim); ' +
      'not checked against the standard',
    tag: 'U',
  },
}

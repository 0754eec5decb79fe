// The scenario's `reliability` section: MTBF and MTTR per asset kind for the forecast's Monte Carlo, each
// defaulting to a sourced figure. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import { z } from 'zod'
import { between, integer } from './primitives.ts'
import { RELIABILITY_DEFAULTS, type ReliabilityDefault } from '../forecast/montecarlo/reliabilityDefaults.ts'

const kindSchema = (d: ReliabilityDefault) =>
  z.strictObject({
    // 1 h to 10^8 h (11,400 years): beyond any published figure either side.
    mtbfH: between(1, 1e8).default(d.mtbfH).describe('mean time between failures, h (exponential up times)'),
    // 0.01 h (a breaker reset) to 10^5 h (11 years, longer than any horizon).
    mttrH: between(0.01, 1e5).default(d.mttrH).describe('mean time to repair, h (lognormal repairs)'),
    repairLogSd: between(0, 3).default(d.repairLogSd).describe('log-space standard deviation of repairs'),
    source: z.string().default(d.source).describe('where the figures come from'),
    tag: z
      .enum(['P', 'S', 'U'])
      .default(d.tag)
      .describe('P: primary source read; S: secondary; U: unverified placeholder'),
  })

export const reliabilitySchema = z
  .strictObject({
    coolingUnit: kindSchema(RELIABILITY_DEFAULTS.coolingUnit).prefault({}).describe('each CRAH or CRAC'),
    upsModule: kindSchema(RELIABILITY_DEFAULTS.upsModule)
      .prefault({})
      .describe('each module of a UPS system'),
    pdu: kindSchema(RELIABILITY_DEFAULTS.pdu).prefault({}).describe('each PDU of the power chain'),
    chiller: kindSchema(RELIABILITY_DEFAULTS.chiller).prefault({}).describe('the plant chiller (CRAH halls)'),
    // The engine models one chiller behind every CRAH: a plant with a standby chiller says so here, else one
    // sampled chiller failure fails every CRAH.
    chillers: integer(1, 20)
      .default(1)
      .describe('chillers in the plant, each failing on its own with the chiller figures (CRAH halls)'),
    chillerSpares: integer(0, 19)
      .default(0)
      .describe(
        'standby chillers: every CRAH is failed only while more than this many chillers are down together (N+1: 1)',
      ),
    sampleFailures: z
      .boolean()
      .default(true)
      .describe('false: the forecast samples no failures (growth only; the CLI: forecast --no-failures)'),
  })
  .refine((r) => r.chillerSpares < r.chillers, {
    path: ['chillerSpares'],
    message: 'must be fewer than chillers (a spare for every chiller leaves none to carry the hall)',
  })
  .describe(
    'failure and repair per asset kind for the forecast Monte Carlo; every figure has a sourced default',
  )

export type ReliabilitySpec = z.output<typeof reliabilitySchema>

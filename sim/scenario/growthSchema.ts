// The scenario's `growth` section: how demand grows per month, its uncertainty and seasonal peaks, dated
// deployments, decommissions and hardware refreshes, the energy tariff and the grid's carbon intensity.
// docs/forecast.md#growth-scenario-fitted-from-history-tariff-and-carbon
import { z } from 'zod'
import { between, id, integer } from './primitives.ts'
import { coolingUnitSchema, rackGroupSchema, rowSchema, supplySetpointC } from './hallSchema.ts'
import { pduSchema, rackFeedSchema } from '../model/powerChain/spec.ts'

/** A calendar date (UTC midnight) or an instant with offset, ISO 8601. */
export const growthDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })])
  .describe('ISO 8601 date ("2026-07-01", UTC midnight) or date-time with offset')

/** The most IT load a hall in a scenario can reach, kW: 1 GW, the largest campuses. */
const MAX_IT_KW = 1_000_000

const demandSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      kind: z.literal('linear'),
      baseItKw: between(0.1, MAX_IT_KW).describe('IT load at the start the monthly kW are added to, kW'),
      kwPerMonth: between(-MAX_IT_KW / 12, MAX_IT_KW / 12).describe('IT load added each month, kW'),
      sigmaKwPerMonth: between(0, MAX_IT_KW / 12)
        .default(0)
        .describe('standard deviation of the monthly rate, kW/month: a rate held for the whole horizon'),
    })
    .describe('IT(m) = baseItKw + kwPerMonth·m'),
  z
    .strictObject({
      kind: z.literal('compound'),
      percentPerMonth: between(-50, 100).describe('growth per month, %; 3 means × 1.03 each month'),
      sigmaPercentPerMonth: between(0, 50)
        .default(0)
        .describe('standard deviation of the monthly rate, %/month: a rate held for the whole horizon'),
    })
    .describe('IT(m) = IT(0)·(1 + percentPerMonth/100)^m'),
  z
    .strictObject({
      kind: z.literal('table'),
      baseItKw: between(0.1, MAX_IT_KW).describe('IT load the table is relative to, kW'),
      meanKw: z
        .array(between(0, MAX_IT_KW))
        .min(2)
        .max(1200)
        .describe('mean IT load at months 0, 1, 2, … from the start, kW (e.g. a fitted forecast)'),
      sigmaKw: z
        .array(between(0, MAX_IT_KW))
        .min(2)
        .max(1200)
        .describe('standard deviation of the IT load at the same months, kW (the forecast σ_h)'),
      source: z.string().default('').describe('where the table came from, e.g. "ETS(A,Ad,A) fit of …"'),
    })
    .describe('a forecast as a table of monthly means and σ, linear between months')
    .refine((t) => t.meanKw.length === t.sigmaKw.length, {
      path: ['sigmaKw'],
      message: 'must have as many months as meanKw',
    }),
])

const seasonalSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('none') })
    .describe('no seasonal peak beyond the workload’s daily and weekly shape'),
  z
    .strictObject({
      kind: z.literal('monthly'),
      multipliers: z
        .array(between(0.1, 10))
        .length(12)
        .describe('load multiplier for January … December (UTC calendar months)'),
    })
    .describe('a multiplier per calendar month, on top of the daily and weekly shape'),
  z
    .strictObject({
      kind: z.literal('peak'),
      peakMonth: integer(1, 12).describe('calendar month of the seasonal peak, 1 = January'),
      amplitude: between(0, 0.9).describe('1 + amplitude at mid peak month, 1 − amplitude six months later'),
    })
    .describe('a cosine over the year: 1 + amplitude·cos(2π(month − peakMonth)/12)'),
])

export const deploymentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('servers'),
    date: growthDate,
    rack: id.describe('id of an existing (or earlier deployed) rack'),
    model: id.describe('id of a serverModels entry'),
    uPosition: integer(1, 60).describe('lowest rack unit of the first server, 1 = bottom'),
    count: integer(1, 60).default(1).describe('servers stacked upward from uPosition'),
  }),
  z.strictObject({
    kind: z.literal('racks'),
    date: growthDate,
    row: id.describe('id of the row the racks are added to, at its far end'),
    racks: rackGroupSchema.describe('the rack group to add (count, budget, servers)'),
  }),
  z.strictObject({
    kind: z.literal('row'),
    date: growthDate,
    row: rowSchema.describe('a whole new row'),
  }),
  // Facility changes (docs/forecast.md#provisioning-advice): what provisioning advice orders, dated like servers.
  z
    .strictObject({
      kind: z.literal('coolingUnit'),
      date: growthDate,
      unit: coolingUnitSchema.describe('the new unit, as a coolingUnits entry (its id new to the hall)'),
    })
    .describe('a cooling unit installed'),
  z
    .strictObject({
      kind: z.literal('upsModules'),
      date: growthDate,
      ups: id.describe('id of a powerChain.upsSystems entry'),
      modules: integer(1, 63).describe('modules added, each of the system’s present module rating'),
    })
    .describe(
      'UPS modules added to a modular system: capacityKw grows by modules × capacityKw / moduleCount',
    ),
  z
    .strictObject({
      kind: z.literal('pdu'),
      date: growthDate,
      pdu: pduSchema.describe('the new PDU, as a powerChain.pdus entry; a feeds change gives it racks'),
    })
    .describe('a PDU installed'),
  z
    .strictObject({
      kind: z.literal('feeds'),
      date: growthDate,
      feed: rackFeedSchema.describe('racks and the PDUs that feed them from this date'),
    })
    .describe('racks moved to other PDUs: the entry goes before powerChain.feeds, so it wins for its racks'),
  z
    .strictObject({
      kind: z.literal('rackBudget'),
      date: growthDate,
      racks: z.array(id).min(1).max(100_000).describe('ids of the racks'),
      powerBudgetKw: between(0.1, 500).describe('their new provisioned power, kW'),
    })
    .describe('rack power budgets set, e.g. raised where the branch circuit allows'),
  z
    .strictObject({
      kind: z.literal('supplySetpoint'),
      date: growthDate,
      supplySetpointC,
      units: z.array(id).min(1).max(500).optional().describe('ids of the units; all units when omitted'),
    })
    .describe('cooling units’ supply-air setpoint changed'),
])

export const decommissionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('servers'),
    date: growthDate,
    rack: id,
    uPosition: integer(1, 60).describe('lowest rack unit of the first server removed'),
    count: integer(1, 60).default(1).describe('servers removed upward from uPosition'),
  }),
  z.strictObject({ kind: z.literal('rack'), date: growthDate, rack: id }),
  z.strictObject({ kind: z.literal('row'), date: growthDate, row: id }),
])

export const refreshSchema = z.strictObject({
  date: growthDate,
  from: id.describe('server model replaced'),
  to: id.describe('server model that takes its rack units'),
  racks: z.array(id).min(1).max(100_000).optional().describe('racks refreshed; all racks when omitted'),
})

/** Per hour of day (UTC) or one value for all hours. */
const hourly = (value: z.ZodNumber) => z.union([value, z.array(value).length(24)])

export const tariffSchema = z.strictObject({
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "EUR" or "USD"')
    .describe('ISO 4217 currency code'),
  pricePerKwh: hourly(between(-10, 10)).describe(
    'energy price per kWh, in currency units; 24 values for hours 0–23 UTC (negative prices occur on spot markets)',
  ),
  carbonGPerKwh: hourly(between(0, 2000)).describe(
    'grid carbon intensity, gCO2e/kWh; 24 values for hours 0–23 UTC (coal ≈ 1000, lignite ≈ 1100)',
  ),
  carbonSource: z.string().default('').describe('where the carbon intensity comes from'),
})

export const growthSchema = z
  .strictObject({
    demand: demandSchema.describe('how IT demand grows per month'),
    seasonal: seasonalSchema.prefault({ kind: 'none' }),
    deployments: z.array(deploymentSchema).max(10_000).default([]),
    decommissions: z.array(decommissionSchema).max(10_000).default([]),
    refreshes: z.array(refreshSchema).max(1000).default([]),
    tariff: tariffSchema.optional().describe('energy price and carbon intensity for cost and emissions'),
    workloadSeeds: integer(1, 16)
      .optional()
      .describe(
        'workload seeds a forecast samples (default 4): one simulated day per inventory each, every replica draws one; 1 = the scenario seed’s day only',
      ),
  })
  .describe('growth over months: demand, seasonal peaks, inventory changes, tariff and carbon')

export type GrowthSpec = z.output<typeof growthSchema>
export type DemandSpec = GrowthSpec['demand']
export type SeasonalSpec = GrowthSpec['seasonal']
export type DeploymentSpec = GrowthSpec['deployments'][number]
export type DecommissionSpec = GrowthSpec['decommissions'][number]
export type RefreshSpec = GrowthSpec['refreshes'][number]
export type TariffSpec = z.output<typeof tariffSchema>

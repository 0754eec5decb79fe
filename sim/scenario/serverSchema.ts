// Server models in a scenario: power model (idle/max, SPECpower table or catalogue), airflow, inlet sensitivity.
import { z } from 'zod'
import { SPECPOWER_IDS } from '../catalog/specpower.ts'
import { airC, between, id, integer, serverW } from './primitives.ts'

// idle/max models of docs/physics.md#server-power (OpenDC PowerModels: Linear, Square, Cubic, Sqrt, Mse).
const idleMaxShape = {
  idleW: serverW.describe('active idle power, W; 0–20 kW'),
  maxW: serverW.min(1, 'must be at least 1').describe('power at 100 % utilisation, W; 1 W–20 kW'),
}
const idleNotAboveMax = (m: { idleW: number; maxW: number }) => m.idleW <= m.maxW
const idleAboveMax = { path: ['idleW'], message: 'must not exceed maxW' }
const idleMaxPowerModel = <K extends string>(kind: K, formula: string) =>
  z
    .strictObject({ kind: z.literal(kind), ...idleMaxShape })
    .describe(`P(u) = ${formula}`)
    .refine(idleNotAboveMax, idleAboveMax)

// Fan, Weber, Barroso (ISCA 2007) as OpenDC's MsePowerModel: docs/physics.md#server-power-models-specpower-table-linear-mse
const msePowerModel = z
  .strictObject({
    kind: z.literal('mse'),
    ...idleMaxShape,
    r: z
      .number()
      .min(1, 'must be at least 1: below, P(u) dips under idleW at low utilisation')
      .max(2, 'must be at most 2: above, P(u) overshoots maxW below 100 % utilisation')
      .default(1.4)
      .describe(
        'calibration exponent fitted to measured power (OpenDC calibrationFactor); 1.4 in Fan et al.',
      ),
  })
  .describe('P(u) = P_idle + (P_max − P_idle)·(2u − u^r)')
  .refine(idleNotAboveMax, idleAboveMax)

// Four catalogue ids, those sharing most words with the input first, so the message suggests a fix.
const unknownCatalogEntry = (input: unknown) => {
  const words = String(input)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 3)
  const shared = (id: string) => words.filter((w) => id.includes(w)).length
  const known = [...SPECPOWER_IDS].sort((a, b) => shared(b) - shared(a)).slice(0, 4) // stable sort
  const list = `${known.join(', ')}, … ${SPECPOWER_IDS.length} in all`
  return `unknown SPECpower catalogue entry ${JSON.stringify(input)} (known: ${list})`
}

export const powerModelSchema = z.discriminatedUnion('kind', [
  idleMaxPowerModel('linear', 'P_idle + (P_max − P_idle)·u'),
  idleMaxPowerModel('square', 'P_idle + (P_max − P_idle)·u²'),
  idleMaxPowerModel('cubic', 'P_idle + (P_max − P_idle)·u³'),
  idleMaxPowerModel('sqrt', 'P_idle + (P_max − P_idle)·√u'),
  msePowerModel,
  z
    .strictObject({
      kind: z.literal('specpower'),
      curveW: z
        .array(serverW)
        .length(11)
        .optional()
        .describe('SPECpower_ssj2008 average power at active idle, 10 %, …, 100 % target load, W'),
      catalog: z
        .enum(SPECPOWER_IDS, { error: (issue) => unknownCatalogEntry(issue.input) })
        .optional()
        .describe('instead of curveW: the id of a published curve in sim/catalog/specpower.ts'),
      source: z.string().optional().describe('the SPEC result page the curve was published on'),
    })
    .describe('SPECpower 11-point table, linear between points; give curveW or catalog')
    .superRefine((m, ctx) => {
      if (m.curveW && m.catalog)
        ctx.addIssue({ code: 'custom', path: ['catalog'], message: 'give curveW or catalog, not both' })
      else if (!m.curveW && !m.catalog)
        ctx.addIssue({ code: 'custom', message: 'needs curveW (11 points, W) or catalog (a catalogue id)' })
    }),
])

export const serverModelSchema = z
  .strictObject({
    id,
    name: z.string().optional(),
    uHeight: integer(1, 10).describe('rack units the server occupies'),
    cores: integer(1, 1024).default(32).describe('CPU cores jobs and VMs are placed on'),
    memoryGb: between(0.5, 65_536)
      .default(128)
      .describe('memory jobs and VMs are placed in, GB; 0.5 GB to 64 TB'),
    power: powerModelSchema,
    airflowM3s: between(0.001, 2)
      .optional()
      .describe(
        'airflow through the server at full fan speed, m³/s (1 CFM = 4.7195e-4 m³/s); 0.001 (2 CFM, a ' +
          'fanless box) to 2 m³/s (a 10U GPU chassis moves about 0.5)',
      ),
    airflowM3sPerKw: between(0.01, 1)
      .optional()
      .describe(
        'instead of airflowM3s: m³/s per kW of the power at 100 % utilisation; 0.0828 gives a 10 K rise, ' +
          '0.0552 a 15 K rise (ρc_p = 1207 J/(m³·K)); 0.01 (an 83 K rise) to 1 (under 1 K)',
      ),
    inletSensitivity: z
      .strictObject({
        perK: z
          .number()
          .min(0, 'must be at least 0')
          .max(0.05, 'a fraction per K: 0.004 is 0.4 %/K')
          .default(0.004)
          .describe(
            'fractional power rise per K of inlet above kneeC (measured 0.0035–0.005 /K); at most 0.05',
          ),
        kneeC: airC.default(23).describe('inlet temperature above which fans and leakage add power, °C'),
      })
      .optional()
      .describe('fans and leakage: P = P(u)·(1 + perK·max(0, T_in − kneeC)); absent = no inlet effect'),
  })
  .superRefine((m, ctx) => {
    if (m.airflowM3s !== undefined && m.airflowM3sPerKw !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['airflowM3sPerKw'],
        message: 'give airflowM3s or airflowM3sPerKw, not both',
      })
    else if (m.airflowM3s === undefined && m.airflowM3sPerKw === undefined)
      ctx.addIssue({ code: 'custom', message: 'needs airflowM3s (m³/s) or airflowM3sPerKw (m³/s per kW)' })
  })

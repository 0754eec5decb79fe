// The human-readable summary of `--ledger`: counts by state, the lines closest to breaking, the breaking
// points and the racks that strand the most.
import type { BreakingPoint, LedgerEntry, LedgerState } from '../sim/forecast/ledger/index.ts'
import type { LedgerReport } from './ledger.ts'

const STATE_TEXT: Record<LedgerState, string> = { ok: 'ok', redundancyLost: 'REDUNDANCY LOST', over: 'OVER' }

/** A value in its unit: W as kW, °C and s to 1 decimal, U whole. */
function amount(value: number, unit: LedgerEntry['unit']): string {
  if (unit === 'W') return `${(value / 1000).toFixed(1)} kW`
  return unit === 'U' ? `${value} U` : `${value.toFixed(1)} ${unit}`
}

function entryLine(e: LedgerEntry): string {
  const where = e.where ? ` (${e.where})` : ''
  return (
    `  ${e.kind} ${e.assetId}${where} [${e.redundancy}]: ${amount(e.used, e.unit)} of ` +
    `${amount(e.designLimit, e.unit)} design / ${amount(e.limit, e.unit)} installed, margin ` +
    `${amount(e.margin, e.unit)} (${e.marginPct.toFixed(1)} %) ${STATE_TEXT[e.state]}`
  )
}

function failureText(p: BreakingPoint): string {
  const f = p.failure
  if (!f) return 'all equipment in'
  if (f.type === 'failCoolingUnit') return `${f.unitId} out`
  if (f.type === 'failUpsModule') return `a module of ${f.upsId} out`
  return f.type === 'failPowerAsset' ? `${f.assetId} out` : f.type
}

function pointLine(p: BreakingPoint): string {
  if (!p.breaks) return `  ${failureText(p)}: nothing breaks up to ${p.scale}× today's load`
  const today = p.today ? `, margin today ${amount(p.today.margin, p.today.unit)}` : ''
  return (
    `  ${failureText(p)}: holds ${p.scale.toFixed(3)}× today's load; at ${p.brokenAtScale!.toFixed(3)}× ` +
    `${p.breaks.kind} ${p.breaks.assetId} is ${STATE_TEXT[p.breaks.state]}${today}`
  )
}

export function ledgerText(report: LedgerReport): string {
  const counts = new Map<string, number>()
  for (const e of report.entries) counts.set(e.state, (counts.get(e.state) ?? 0) + 1)
  const byKey = new Map(report.entries.map((e) => [`${e.kind}:${e.assetId}`, e]))
  const first = report.breaksFirst.slice(0, 8).map((c) => ({ c, e: byKey.get(`${c.kind}:${c.assetId}`)! }))
  const stranded = [...report.strandedByRack]
    .map((r) => ({ r, w: r.resources.reduce((sum, c) => sum + c.strandedW, 0) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, 5)
  const bp = report.breakingPoint
  return (
    [
      `${report.scenario} (seed ${report.seed}): capacity ledger at the day's peak, ` +
        `${(report.peak.itW / 1000).toFixed(1)} kW IT at ${(report.peak.atS / 3600).toFixed(2)} h`,
      `${report.entries.length} lines: ${[...counts].map(([s, n]) => `${n} ${STATE_TEXT[s as LedgerState]}`).join(', ')}`,
      "What breaks first as load grows 5 % a step (today's line; the step it crosses at):",
      ...first.map(
        ({ c, e }) => `${entryLine(e)}; ${c.firstCrossed ? `crosses at ${c.firstCrossed}` : 'not by ×8'}`,
      ),
      `Breaking point (IT power scaled, steady state, bisection to 1 %; ${bp.settles} steady-state settles in all):`,
      pointLine(bp.allIn),
      bp.worstSingleFailure
        ? pointLine(bp.worstSingleFailure).replace('  ', '  worst single failure, ')
        : '  no single failure to try: the design claims no spare',
      `Stranded in the room: ${Object.entries(report.strandedTotals.at(-1)!.strandedW)
        .map(([resource, w]) => `${resource} ${(w / 1000).toFixed(1)} kW`)
        .join(', ')}; headroom ${(report.strandedTotals.at(-1)!.headroomW / 1000).toFixed(1)} kW`,
      'Most stranded racks (capacity the binding resource leaves unusable):',
      ...stranded.map(
        ({ r, w }) =>
          `  ${r.rackId}: ${r.binding} binds with ${(r.headroomW / 1000).toFixed(1)} kW headroom, ` +
          `${(w / 1000).toFixed(1)} kW stranded (` +
          r.resources
            .filter((c) => c.strandedW > 0)
            .map((c) => `${c.resource} ${c.strandedPct.toFixed(0)} %`)
            .join(', ') +
          ')',
      ),
    ].join('\n') + '\n'
  )
}

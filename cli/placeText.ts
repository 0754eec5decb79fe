// The placement answer as text: a table of placements (racks and units, headroom, binding line), the reasons
// candidates were turned down, and the growth deployments that apply the first.
import type { Command } from '../sim/index.ts'
import type { BindingLine, PlacementResult, RackSlots } from '../sim/forecast/placement/index.ts'

/** "A-03 U11–U18" for each run of `uHeight` U servers; several runs of a rack joined by commas. */
export function slotsText(slots: RackSlots, uHeight: number): string {
  const runs = slots.runs.map(({ uPosition, count }) => {
    const top = uPosition + count * uHeight - 1
    return top === uPosition ? `U${uPosition}` : `U${uPosition}–U${top}`
  })
  const count = slots.runs.reduce((n, r) => n + r.count, 0)
  return `${slots.rack} ${runs.join(', ')} (${count})`
}

/** The asset a single-failure command takes out, in words. */
function failedAsset(failure: Command): string {
  if (failure.type === 'failCoolingUnit') return failure.unitId
  if (failure.type === 'failPowerAsset') return failure.assetId
  if (failure.type === 'failUpsModule') return `a module of ${failure.upsId}`
  return failure.type
}

function lineText(line: BindingLine): string {
  const value = (v: number) =>
    line.unit === 'W' ? `${(v / 1000).toFixed(2)} kW` : `${v.toFixed(1)} ${line.unit}`
  const failure = line.failure ? `, ${failedAsset(line.failure)} out` : ''
  return `${line.key} ${value(line.used)} of ${value(line.limit)}${failure}`
}

const pct = (v: number) => `${v.toFixed(1)} %`.padStart(8)

export function placeText(scenarioName: string, result: PlacementResult, uHeight: number): string {
  const out = [
    `Placement of ${result.count} × ${result.model} in ${scenarioName} on ${result.date}: today's peak ` +
      `${(result.peakItW / 1000).toFixed(1)} kW IT, about ${result.serverW.toFixed(0)} W a server`,
    '',
  ]
  if (result.placements.length > 0) {
    out.push(
      ' #  headroom  binding line (all in service)                 N−1 headroom  racks and units (servers)',
    )
    result.placements.forEach((p, i) => {
      const n1 = p.failureHeadroom ? `${pct(p.failureHeadroom.marginPct)}  ` : '     n/a  '
      out.push(
        `${String(i + 1).padStart(2)} ${pct(p.headroomPct)}  ${lineText(p.binding).padEnd(46)} ${n1}  ` +
          p.slots.map((s) => slotsText(s, uHeight)).join(' + '),
      )
      if (p.failureHeadroom) out.push(`${' '.repeat(60)}N−1 binds: ${lineText(p.failureHeadroom)}`)
    })
  } else out.push(`Nothing fits: ${result.why}`)
  const rejected = Object.entries(result.rejected)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${n} × ${reason}`)
  out.push('', `Turned down: ${rejected.join(', ') || 'none'}`)
  out.push(`Simulated ${result.verified} candidate sets (${result.settles} settles).`)
  if (result.alreadyBroken.length > 0)
    out.push(`Already broken before any server is added: ${result.alreadyBroken.join(', ')}`)
  const [best] = result.placements
  if (best) {
    out.push('', 'To apply #1, add to growth.deployments:')
    for (const change of best.changes) out.push(`  ${JSON.stringify(change.spec)}`)
  }
  return out.join('\n') + '\n'
}

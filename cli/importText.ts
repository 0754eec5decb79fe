// The import report as text: counts, assumptions, and what was skipped grouped by why.
import type { ImportReport } from '../sim/import/netbox/index.ts'

/** Names shown per reason before "… and N more". */
const SHOWN = 6

export function importReportText(report: ImportReport, inPath: string, outPath: string): string {
  const lines = [
    `${inPath} → ${outPath}: ${report.racks} racks, ${report.devicesPlaced} devices placed, ${report.feeds} power feeds`,
    `IT load at full utilisation: ${(report.designItW / 1000).toFixed(2)} kW`,
  ]
  if (report.assumptions.length > 0) lines.push('Assumed:', ...report.assumptions.map((a) => `  ${a}`))
  const byWhy = new Map<string, string[]>()
  for (const { what, why } of report.skipped) byWhy.set(why, [...(byWhy.get(why) ?? []), what])
  lines.push(`Skipped: ${report.skipped.length === 0 ? 'nothing' : report.skipped.length}`)
  for (const [why, whats] of byWhy) {
    const more = whats.length > SHOWN ? `, … and ${whats.length - SHOWN} more` : ''
    lines.push(`  ${why} (${whats.length}): ${whats.slice(0, SHOWN).join(', ')}${more}`)
  }
  return lines.join('\n') + '\n'
}

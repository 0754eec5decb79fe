// Summary rows for the zones section: which racks reach each limit first after a failure.
import type { RunReport } from '../sim/index.ts'
import { formatSpan } from './report.ts'

/** "zone air now: 23.0–28.4 °C, hottest crah-w4's (failed)", then per failure its first racks to 32 °C. */
export function zonesRows(zones: RunReport['thermal']['zones'] | undefined): [string, string][] {
  if (!zones) return [] // a report made before the zones section existed
  const rows: [string, string][] = []
  if (zones.airZones === 'perUnit' && zones.zones.length > 0) {
    const sorted = [...zones.zones].sort((a, b) => a.airC - b.airC)
    const hottest = sorted[sorted.length - 1]
    const failed = hottest.running ? '' : ' (failed)'
    rows.push([
      'zone air now',
      `${sorted[0].airC.toFixed(1)}–${hottest.airC.toFixed(1)} °C, hottest ${hottest.unitId}'s${failed}`,
    ])
  }
  for (const failure of zones.failures) {
    const limitC = '32'
    const first = failure.racks.filter((r) => r.timeToLimitS[limitC] !== null)
    first.sort((a, b) => a.timeToLimitS[limitC]! - b.timeToLimitS[limitC]!)
    const id = 'unitId' in failure.command ? failure.command.unitId : failure.command.type
    const text =
      first.length === 0
        ? 'none within a day'
        : first
            .slice(0, 3)
            .map((r) => `${r.rackId} in ${formatSpan(r.timeToLimitS[limitC]!)}`)
            .join(', ') + ` (${first.length} of ${failure.racks.length} racks)`
    rows.push([`${id}: first to 32 °C`, text])
  }
  return rows
}

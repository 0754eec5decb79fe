// Summary rows for the zones section: which racks reach each limit first after a failure.
import type { RunReport } from '../sim/index.ts'
import { formatSpan } from './report.ts'

/** "zones per unit: crah-1 21.3 °C, crah-2 …", then per failure "first racks to 32 °C: A-01 1.6 min, …". */
export function zonesRows(zones: RunReport['thermal']['zones'] | undefined): [string, string][] {
  if (!zones) return [] // a report made before the zones section existed
  const rows: [string, string][] = []
  if (zones.airZones === 'perUnit')
    rows.push([
      'zone air now',
      zones.zones.map((z) => `${z.unitId} ${z.airC.toFixed(1)} °C${z.running ? '' : ' (failed)'}`).join(', '),
    ])
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

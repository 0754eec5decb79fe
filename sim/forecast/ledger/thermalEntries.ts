// Ledger lines of temperature: per ASHRAE class present, the hottest inlet against the recommended maximum and
// the class's allowable maximum (TC 9.9, 2021, Table 2-1).
import type { World } from '../../model/world.ts'
import { ASHRAE_CLASSES, RECOMMENDED_DRY_BULB_C, type EquipmentClassName } from '../../metrics/ashrae.ts'
import { ledgerEntry, type LedgerEntry } from './entry.ts'

/**
 * Two entries per class of the hall's racks (rack ashraeClass, else room.ashraeClass), asset = the class,
 * `where` = its hottest rack: inletRecommended (27 °C, H1 22 °C: the Green Grid's thermal conformance) and
 * inletAllowable (A1 32, A2 35, A3 40, A4 45, H1 25 °C). Racks with no servers are skipped: they breathe
 * nothing that is judged.
 */
export function thermalEntries(world: Pick<World, 'scenario' | 'rackInletC' | 'rackServerCount'>) {
  const hottest = new Map<EquipmentClassName, number>()
  world.scenario.racks.forEach((rack, i) => {
    if (world.rackServerCount[i] === 0) return
    const name = rack.ashraeClass ?? world.scenario.room.ashraeClass
    const k = hottest.get(name)
    if (k === undefined || world.rackInletC[i] > world.rackInletC[k]) hottest.set(name, i)
  })
  const entries: LedgerEntry[] = []
  for (const [name, i] of hottest) {
    const line = (kind: 'inletRecommended' | 'inletAllowable', limitC: number) =>
      ledgerEntry({
        kind,
        assetId: name,
        redundancy: 'none',
        unit: '°C',
        used: world.rackInletC[i],
        limit: limitC,
        where: world.scenario.racks[i].id,
      })
    entries.push(line('inletRecommended', RECOMMENDED_DRY_BULB_C[name][1]))
    entries.push(line('inletAllowable', ASHRAE_CLASSES[name].maxC))
  }
  return entries
}

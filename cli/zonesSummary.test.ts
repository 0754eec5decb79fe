// The summary's zones rows from a hand-made report section.
import { expect, it } from 'vitest'
import { zonesRows } from './zonesSummary.ts'

it('names the zone air span and, per failure, the first racks to reach 32 °C', () => {
  const times = (s27: number | null, s32: number | null) => ({ '27': s27, '32': s32, '35': null })
  const rows = zonesRows({
    airZones: 'perUnit',
    zones: [
      { unitId: 'crah-1', running: true, airC: 23.04, equipmentC: 23, volumeShare: 0.5 },
      { unitId: 'crah-2', running: false, airC: 28.44, equipmentC: 28, volumeShare: 0.5 },
    ],
    failures: [
      {
        atS: 600,
        command: { type: 'failCoolingUnit', unitId: 'crah-2' },
        racks: [
          { rackId: 'A-02', timeToLimitS: times(7, 120) },
          { rackId: 'A-01', timeToLimitS: times(5, 98) },
          { rackId: 'A-03', timeToLimitS: times(60, null) },
        ],
      },
    ],
  })
  expect(rows).toEqual([
    ['zone air now', "23.0–28.4 °C, hottest crah-2's (failed)"],
    ['crah-2: first to 32 °C', 'A-01 in 1.63 min, A-02 in 2 min (2 of 3 racks)'],
  ])
  expect(zonesRows(undefined)).toEqual([])
})

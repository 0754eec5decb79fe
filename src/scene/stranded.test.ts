import { Color } from 'three'
import { describe, expect, it } from 'vitest'
import type { RackStranding } from '../../sim/forecast/ledger/index.ts'
import { bindingCounts, strandedColor, strandedShareOf, strandingsFor, STRANDED_KEYS } from './stranded.ts'

// growth.json's A-01 as the forecast summary gives it: cooling binds at 5,920 W.
const a01: RackStranding = {
  rackId: 'A-01',
  usedW: 4162,
  binding: 'coolingShare',
  headroomW: 1758,
  resources: [
    { resource: 'rackPower', capacityW: 8000, strandedW: 2080, strandedPct: 26 },
    { resource: 'feed', capacityW: 15796, strandedW: 9876, strandedPct: 62.5 },
    { resource: 'coolingShare', capacityW: 5920, strandedW: 0, strandedPct: 0 },
    { resource: 'rackSpace', capacityW: 8740, strandedW: 2820, strandedPct: 32.5 },
  ],
}
const hex = (r: RackStranding | undefined) => strandedColor(r, new Color()).getHexString()

describe('stranded colours', () => {
  it('takes the mean stranded share of the resources that do not bind: (26 + 62.5 + 32.5)/3 = 40.33 %', () => {
    expect(strandedShareOf(a01)).toBeCloseTo(121 / 300, 12)
  })

  it('mixes the neutral 5b6473 towards the binding hue by 0.3 + 0.7·share', () => {
    // Nothing stranded: t = 0.3 of the way from 5b6473 to cooling's 56b4e9:
    // 0x5b + 0.3·(0x56 − 0x5b) = 89.5 → 5a; 0x64 + 0.3·(0xb4 − 0x64) = 124 → 7c; 0x73 + 0.3·(0xe9 − 0x73) = 150.4 → 96
    const none = { ...a01, resources: a01.resources.map((r) => ({ ...r, strandedPct: 0 })) }
    expect(hex(none)).toBe('5a7c96')
    // All stranded: the hue itself. A feed-bound rack is orange.
    const all = { ...a01, resources: a01.resources.map((r) => ({ ...r, strandedPct: 100 })) }
    expect(hex(all)).toBe('56b4e9')
    expect(hex({ ...all, binding: 'feed' })).toBe('e69f00')
    expect(hex(undefined)).toBe('2a2f3a')
  })

  it('matches the summary to the hall by rack id and counts racks per binding resource', () => {
    const feedBound = { ...a01, rackId: 'A-02', binding: 'feed' as const }
    const hall = strandingsFor(['A-02', 'A-01', 'A-13'], [a01, feedBound])
    expect(hall.map((s) => s?.rackId)).toEqual(['A-02', 'A-01', undefined])
    expect(STRANDED_KEYS.map((k) => k.resource)).toEqual(['coolingShare', 'feed', 'rackPower', 'rackSpace'])
    expect(bindingCounts(hall)).toEqual([1, 1, 0, 0])
  })
})

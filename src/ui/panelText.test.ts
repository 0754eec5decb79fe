import { describe, expect, it } from 'vitest'
import type { ActiveCondition } from '../../sim/index.ts'
import { coilLoadText, conditionDetail, conditionTitle, envelopeText, rackLimitText } from './panelText.ts'

const condition = (c: Partial<ActiveCondition>): ActiveCondition => ({
  group: 'cooling',
  kind: 'overCapacity',
  assetId: 'cooling',
  value: 0,
  limit: 0,
  unit: 'W',
  sinceS: null,
  ...c,
})

describe('conditionTitle and conditionDetail', () => {
  it('says cooling over capacity with the heat against the running units, in kW', () => {
    const c = condition({ value: 114_530, limit: 80_000 })
    expect(conditionTitle(c)).toBe('cooling over capacity')
    expect(conditionDetail(c)).toBe('heat 114.5 kW > 80.0 kW the running units can remove')
  })

  it('says redundancy lost with what is left with the spare units out', () => {
    const c = condition({ kind: 'redundancyLost', value: 114_530, limit: 0 })
    expect(conditionTitle(c)).toBe('cooling redundancy lost')
    expect(conditionDetail(c)).toBe('heat 114.5 kW > 0.0 kW left with the spare units out')
  })

  it('names an A/B rack over-subscribed against one feed, and an outage by what it leaves unserved', () => {
    const over = condition({
      group: 'power',
      kind: 'overSubscribed',
      assetId: 'R-01',
      value: 5889,
      limit: 5760,
    })
    expect(conditionTitle(over)).toBe('over-subscribed (A/B)')
    expect(conditionDetail(over)).toBe('5.9 kW > 5.8 kW one feed may carry')
    const outage = condition({ group: 'power', kind: 'outage', assetId: 'S-01', value: 7000 })
    expect([conditionTitle(outage), conditionDetail(outage)]).toEqual(['no supply', '7.0 kW unserved'])
  })

  it('words climate breaches by quantity and side, with °C or %', () => {
    const hot = condition({
      group: 'climate',
      kind: 'dryBulbHigh',
      assetId: 'A-01',
      value: 33.06,
      limit: 32,
      unit: '°C',
    })
    expect([conditionTitle(hot), conditionDetail(hot)]).toEqual([
      'inlet above allowable',
      '33.1 °C > 32.0 °C',
    ])
    const dry = condition({ group: 'climate', kind: 'relativeHumidityLow', value: 7.4, limit: 8, unit: '%' })
    expect([conditionTitle(dry), conditionDetail(dry)]).toEqual(['RH below allowable', '7.4 % < 8.0 %'])
    const fast = condition({
      group: 'climate',
      kind: 'changeInQuarterHour',
      value: 6.2,
      limit: 5,
      unit: '°C',
    })
    expect([conditionTitle(fast), conditionDetail(fast)]).toEqual([
      'inlet changing too fast (per 15 min)',
      '6.2 °C > 5.0 °C',
    ])
  })
})

describe('envelopeText, rackLimitText, coilLoadText', () => {
  it('words the three envelope states and a missing one', () => {
    expect(['recommended', 'allowable', 'outside', undefined].map(envelopeText)).toEqual([
      'within recommended',
      'allowable, not recommended',
      'outside allowable',
      '—',
    ])
  })

  it('a rack time: a dash before any failure, "not reached" past the day, else as the limit table', () => {
    expect(rackLimitText(undefined)).toBe('—')
    expect(rackLimitText(null)).toBe('not reached in 24 h')
    expect(rackLimitText(0)).toBe('already above')
    expect(rackLimitText(832.4)).toBe('in 13 min 52 s')
  })

  it('coil load against the rating: 57 300 W of 80 kW is 72 %', () => {
    expect(coilLoadText(57_300, 80)).toBe('57.3 of 80 kW (72 %)')
    expect(coilLoadText(Number.NaN, 80)).toBe('—')
  })
})

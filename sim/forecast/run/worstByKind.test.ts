import { describe, expect, it } from 'vitest'
import { forecastReplica } from './replica.ts'
import { abPduHall } from './runHalls.ts'

describe('worstByKind on A/B PDUs and a 2N UPS pair (their design limits shrink as load grows)', () => {
  const record = forecastReplica(abPduHall(), { months: 11, replica: 0, seed: 1, failures: false })
  // Month k peaks at its end: 76 kW × 1.1^(k + 1), half on each PDU and each UPS side.
  const peakKw = (k: number) => 76 * 1.1 ** (k + 1)

  it('reads a PDU as the whole load it would carry with the other out over its 100 kW rating', () => {
    expect(record.months[0].peakItKw).toBeCloseTo(83.6, 9)
    // 83.6 kW of 100 kW: 83.6 %, not 41.8 / (100 − 41.8) = 71.8 %.
    expect(record.months[0].worstByKind.pdu).toBeCloseTo(83.6, 9)
    // Month 9: 76 × 1.1^10 = 197.12 kW: 197.12 %. The old share, 98.56 / (100 − 98.56), was 6,845 %.
    expect(peakKw(9)).toBeCloseTo(197.12, 2)
    expect(record.months[9].worstByKind.pdu).toBeCloseTo(peakKw(9), 9)
    // Month 10: 216.8 kW, past both PDUs' design limits of 100 − 108.4 < 0 kW, which the old share left out.
    expect(record.months[10].worstByKind.pdu).toBeCloseTo(peakKw(10), 9)
    for (const [k, month] of record.months.entries()) expect(month.worstByKind.pdu).toBeCloseTo(peakKw(k), 9)
  })

  it('reads a 2N UPS side as the pair’s load over what one side carries alone (200 kW)', () => {
    // Month 0: 83.6 / 200 = 41.8 %; month 10: 216.8 / 200 = 108.4 %.
    expect(record.months[0].worstByKind.ups).toBeCloseTo(41.8, 9)
    expect(record.months[10].worstByKind.ups).toBeCloseTo(peakKw(10) / 2, 9)
  })

  it('leaves the crossing where it was: the PDU leaves ok at 100 kW, ln(100/76)/ln(1.1) = 2.879 months', () => {
    const line = record.lines.find((l) => l.id === 'pdu:pdu-a')!
    expect(line.firstCrossingMonth).toBeCloseTo(Math.log(100 / 76) / Math.log(1.1), 6)
    expect(line.stateAtCrossing).toBe('redundancyLost')
    // 100 % of the share is the crossing: month 2 (peak 101.2 kW) is the first month past 100 %.
    expect(record.months[1].worstByKind.pdu).toBeLessThan(100)
    expect(record.months[2].worstByKind.pdu).toBeGreaterThan(100)
  })
})

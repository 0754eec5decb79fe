// Envelope judgements at hand-picked points of ASHRAE TC 9.9 (2021) Table 2-1; dew points from Table 3 of the
// ASHRAE Handbook—Fundamentals (see psychrometrics.test.ts: 27 °C at 50 % RH → 15.7 °C, at 60 % → 18.6 °C).
import { describe, expect, it } from 'vitest'
import { judgeEnvelope } from './ashraeEnvelope.ts'

describe('judgeEnvelope', () => {
  it('22 °C, 10 °C dew point, 46 % RH is recommended for A1 and H1', () => {
    expect(judgeEnvelope('A1', 22, 10, 46).state).toBe('recommended')
    expect(judgeEnvelope('H1', 22, 10, 46).state).toBe('recommended')
  })

  it('27 °C at 50 % RH (dew point 15.7 °C): A1 allowable, outside the recommended 15 °C dew point', () => {
    const j = judgeEnvelope('A1', 27, 15.7, 50)
    expect(j.state).toBe('allowable')
    expect(j.recommendedBreaches).toEqual([{ quantity: 'dewPoint', side: 'high', limit: 15 }])
  })

  it('27 °C at 60 % RH (dew point 18.6 °C) is outside A1 (17 °C dew point) but allowable for A2 (21 °C)', () => {
    expect(judgeEnvelope('A1', 27, 18.6, 60).allowableBreaches).toEqual([
      { quantity: 'dewPoint', side: 'high', limit: 17 },
    ])
    expect(judgeEnvelope('A2', 27, 18.6, 60).state).toBe('allowable')
  })

  it('H1 is recommended only to 22 °C and allowable only to 25 °C', () => {
    expect(judgeEnvelope('H1', 24, 10, 40).state).toBe('allowable')
    expect(judgeEnvelope('H1', 26, 10, 36).allowableBreaches).toEqual([
      { quantity: 'dryBulb', side: 'high', limit: 25 },
    ])
  })

  it('dry air: 30 °C at 6 % RH (dew point −10 °C) breaks the 8 % floor; a −13 °C dew point breaks −12 °C', () => {
    expect(judgeEnvelope('A3', 30, -10, 6).allowableBreaches).toEqual([
      { quantity: 'relativeHumidity', side: 'low', limit: 8 },
    ])
    expect(judgeEnvelope('A1', 20, -13, 8.5).allowableBreaches).toEqual([
      { quantity: 'dewPoint', side: 'low', limit: -12 },
    ])
  })

  it('humid air: A4 allows 90 % RH, A3 85 %', () => {
    expect(judgeEnvelope('A4', 20, 17.9, 88).state).toBe('allowable')
    expect(judgeEnvelope('A3', 20, 17.9, 88).allowableBreaches).toEqual([
      { quantity: 'relativeHumidity', side: 'high', limit: 85 },
    ])
  })
})

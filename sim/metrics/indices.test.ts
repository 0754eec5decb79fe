import { describe, expect, it } from 'vitest'
import {
  RCI_A1,
  rackCoolingIndexHiPct,
  rackCoolingIndexLoPct,
  rciLimits,
  returnHeatIndex,
  returnTemperatureIndexFromFlowsPct,
  returnTemperatureIndexPct,
  supplyHeatIndex,
} from './indices.ts'

describe('SHI and RHI (Sharma, Bash, Patel 2002)', () => {
  // Supply 18 °C. Rack A: 1 m³/s, in 20, out 30. Rack B: 0.5 m³/s, in 24, out 34.
  // SHI = (1·2 + 0.5·6) / (1·12 + 0.5·16) = 5/20 = 0.25.
  const inletC = Float64Array.of(20, 24)
  const outletC = Float64Array.of(30, 34)
  const flowM3s = Float64Array.of(1, 0.5)

  it('weights each rack by its airflow: SHI 0.25, RHI 0.75 for the two-rack case', () => {
    expect(supplyHeatIndex(inletC, outletC, 18, flowM3s)).toBeCloseTo(0.25, 12)
    expect(returnHeatIndex(inletC, outletC, 18, flowM3s)).toBeCloseTo(0.75, 12)
  })
  it('weighs racks equally without flows: (2 + 6)/(12 + 16) = 2/7', () => {
    expect(supplyHeatIndex(inletC, outletC, 18)).toBeCloseTo(2 / 7, 12)
  })
  it('is 0 when every inlet gets supply air, and NaN when no rack adds heat', () => {
    expect(supplyHeatIndex([18, 18], [30, 28], 18)).toBe(0)
    expect(supplyHeatIndex([18], [18], 18)).toBeNaN()
  })
})

describe('RTI (Herrlin)', () => {
  it('is (T_return − T_supply)/ΔT_equipment: (28 − 18)/12.5 = 80 %, bypass', () => {
    expect(returnTemperatureIndexPct(28, 18, 12.5)).toBeCloseTo(80, 12)
  })
  it('is V̇_racks/V̇_cooling by airflow: 12/10 = 120 %, recirculation', () => {
    expect(returnTemperatureIndexFromFlowsPct(12, 10)).toBeCloseTo(120, 12)
  })
})

describe('RCI_HI and RCI_LO (Herrlin, INTELEC 2005) with A1 limits 27/32 and 18/15 °C', () => {
  it('takes its limits from the ASHRAE table', () => {
    expect(RCI_A1).toEqual({ maxRecC: 27, maxAllC: 32, minRecC: 18, minAllC: 15 })
    expect(rciLimits('A2')).toEqual({ maxRecC: 27, maxAllC: 35, minRecC: 18, minAllC: 10 })
  })
  it('is 100 % on both sides when all inlets sit at 20 °C', () => {
    const inletC = new Float64Array(10).fill(20)
    expect(rackCoolingIndexHiPct(inletC)).toBe(100)
    expect(rackCoolingIndexLoPct(inletC)).toBe(100)
  })
  it('drops RCI_HI to 90 % when one of 10 inlets is at 32 °C: 1 − 5/(10·5)', () => {
    const inletC = new Float64Array(10).fill(20)
    inletC[3] = 32
    expect(rackCoolingIndexHiPct(inletC)).toBeCloseTo(90, 12)
    expect(rackCoolingIndexLoPct(inletC)).toBe(100)
  })
  it('sums partial over-temperatures: two inlets at 29.5 °C also give 90 %', () => {
    expect(rackCoolingIndexHiPct([29.5, 29.5, 20, 20, 20, 20, 20, 20, 20, 20])).toBeCloseTo(90, 12)
  })
  it('drops RCI_LO to 90 % when one of 10 inlets is at 15 °C: 1 − 3/(10·3)', () => {
    const inletC = new Float64Array(10).fill(20)
    inletC[0] = 15
    expect(rackCoolingIndexLoPct(inletC)).toBeCloseTo(90, 12)
    expect(rackCoolingIndexHiPct(inletC)).toBe(100)
  })
  it('goes on below the allowable limit unclamped: one of 2 inlets at 42 °C gives 1 − 15/10 = −50 %', () => {
    expect(rackCoolingIndexHiPct([42, 20])).toBeCloseTo(-50, 12)
  })
})

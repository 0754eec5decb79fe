import { describe, expect, it } from 'vitest'
import {
  airCooledCondenserC,
  createEirChiller,
  DOE2_CENTRIFUGAL_5_50COP,
  waterCooledCondenserC,
} from './chiller.ts'

// "DOE-2 Centrifugal/5.50COP" with a 1 MW reference capacity; expected values are those quoted in
// docs/physics.md#chiller (computed there from the Buildings Library record's coefficients).
const chiller = createEirChiller({ ...DOE2_CENTRIFUGAL_5_50COP, refCapacityW: 1e6 })
const fullLoad = (chwC: number, condC: number) => chiller.cop(1e9, chwC, condC)

describe('createEirChiller with DOE-2 Centrifugal/5.50COP', () => {
  it('reproduces the full-load COPs of docs/physics.md#chiller to ±0.005', () => {
    expect(fullLoad(6.67, 29.4)).toBeCloseTo(5.505, 3)
    expect(fullLoad(6.67, 24)).toBeCloseTo(6.183, 3)
    expect(fullLoad(6.67, 35)).toBeCloseTo(4.814, 3)
    expect(fullLoad(10, 29.4)).toBeCloseTo(5.875, 3)
    expect(fullLoad(10, 24)).toBeCloseTo(6.482, 3)
  })

  it('reproduces the part-load COPs at the reference temperatures: 0.75 → 5.744, 0.5 → 5.555, 0.25 → 4.168', () => {
    // PLR is load over the available capacity Q_ref·CAPFT (1.00334 MW here), not over Q_ref.
    const availW = chiller.capacityW(6.67, 29.4)
    expect(availW).toBeCloseTo(1_003_342, 0)
    expect(chiller.cop(0.75 * availW, 6.67, 29.4)).toBeCloseTo(5.744, 3)
    expect(chiller.cop(0.5 * availW, 6.67, 29.4)).toBeCloseTo(5.555, 3)
    expect(chiller.cop(0.25 * availW, 6.67, 29.4)).toBeCloseTo(4.168, 3)
  })

  it('draws load / COP: 500 kW at reference conditions and PLR ≈ 0.5 costs ≈ 90 kW', () => {
    const loadW = 500_000
    expect(chiller.powerW(loadW, 6.67, 29.4) * chiller.cop(loadW, 6.67, 29.4)).toBeCloseTo(loadW, 6)
    expect(chiller.powerW(loadW, 6.67, 29.4)).toBeCloseTo(90_000, -3)
  })

  it('false-loads between the minimum PLR 0.1 and the minimum unloading ratio 0.2: EIRFPLR(0.2) = 0.30413', () => {
    const availW = chiller.capacityW(6.67, 29.4)
    // COP = 0.15·5.5 / (EIRFT·EIRFPLR(0.2)) with EIRFT(6.67, 29.4) = 0.999088.
    expect(chiller.cop(0.15 * availW, 6.67, 29.4)).toBeCloseTo(2.7151, 4)
  })

  it('cycles below the minimum PLR: power proportional to load, COP flat at 0.1·5.5/(EIRFT·0.30413) = 1.810', () => {
    const availW = chiller.capacityW(6.67, 29.4)
    const p05 = chiller.powerW(0.05 * availW, 6.67, 29.4)
    const p02 = chiller.powerW(0.02 * availW, 6.67, 29.4)
    expect(p05 / p02).toBeCloseTo(2.5, 10)
    expect(chiller.cop(0.05 * availW, 6.67, 29.4)).toBeCloseTo(1.8101, 4)
    expect(chiller.cop(0.02 * availW, 6.67, 29.4)).toBeCloseTo(1.8101, 4)
  })

  it('draws nothing at no load and reports COP 0 there', () => {
    expect(chiller.powerW(0, 6.67, 29.4)).toBe(0)
    expect(chiller.cop(0, 6.67, 29.4)).toBe(0)
  })

  it('serves at most its capacity: a load beyond it costs the full-load power', () => {
    const availW = chiller.capacityW(6.67, 29.4)
    expect(chiller.powerW(2 * availW, 6.67, 29.4)).toBeCloseTo(chiller.powerW(availW, 6.67, 29.4), 6)
  })

  it('clamps curve inputs to the record range (CHW 5–10 °C, condenser 24–35 °C), as EnergyPlus does', () => {
    expect(fullLoad(6.67, 15)).toBe(fullLoad(6.67, 24))
    expect(fullLoad(6.67, 40)).toBe(fullLoad(6.67, 35))
    expect(chiller.capacityW(12, 29.4)).toBe(chiller.capacityW(10, 29.4))
  })
})

describe('condenser entering temperature from the weather (docs/physics.md#chiller, defaults are assumptions)', () => {
  it('water-cooled: wet bulb + 4 K tower approach by default', () => {
    expect(waterCooledCondenserC(20)).toBe(24)
    expect(waterCooledCondenserC(20, 3)).toBe(23)
  })
  it('air-cooled: dry bulb + 10 K by default', () => {
    expect(airCooledCondenserC(25)).toBe(35)
    expect(airCooledCondenserC(25, 8)).toBe(33)
  })
})

// The auxiliaries sized from the plant spec and run at a load, every number worked by hand.
import { describe, expect, it } from 'vitest'
import { plantSchema } from './plantSpec.ts'
import { auxiliaryDesign, auxiliaryStep, bookAuxiliaries, createAuxiliaryDraw } from './auxiliaries.ts'

// Chilled water 7 → 13 °C (ΔT 6 K), a 100 kW chiller of COP 5: 120 kW rejected at design, range 5.6 K.
const spec = plantSchema.parse({ chilledWaterC: 7, chilledWaterReturnC: 13 })
const RHO_CP = 998 * 4186

describe('auxiliaryDesign with the defaults (240 / 210 kPa, η 0.7, tower 0.0133 W/W)', () => {
  const design = auxiliaryDesign(spec, 100_000, 5)
  it('sizes chilled water for 100 kW at 6 K: 3.990 L/s, 240 kPa · V̇ / 0.7 = 1.368 kW', () => {
    expect(design.chilledWaterPump.designFlowM3s).toBeCloseTo(100_000 / (RHO_CP * 6), 12)
    expect(design.chilledWaterPump.designPowerW).toBeCloseTo((240_000 * 100_000) / (RHO_CP * 6) / 0.7, 6)
  })
  it('sizes condenser water for 100 kW · (1 + 1/5) = 120 kW at 5.6 K: 5.130 L/s, 210 kPa · V̇ / 0.7 = 1.539 kW', () => {
    expect(design.designHeatRejectedW).toBeCloseTo(120_000, 9)
    expect(design.condenserWaterPump!.designFlowM3s).toBeCloseTo(120_000 / (RHO_CP * 5.6), 12)
    expect(design.condenserWaterPump!.designPowerW).toBeCloseTo(1538.8, 1)
  })
  it('matches ASHRAE 90.1 Appendix G within 2 %: 22 W/gpm chilled water, 19 W/gpm condenser water', () => {
    const wPerGpm = (p: { designPowerW: number; designFlowM3s: number }) =>
      (p.designPowerW / p.designFlowM3s) * 6.309e-5
    // 240 kPa · 6.309e-5 m³/s / 0.7 = 21.63 W/gpm; 210 kPa → 18.93 W/gpm.
    expect(Math.abs(wPerGpm(design.chilledWaterPump) / 22 - 1)).toBeLessThan(0.02)
    expect(Math.abs(wPerGpm(design.condenserWaterPump!) / 19 - 1)).toBeLessThan(0.02)
  })
})

describe('auxiliaryStep', () => {
  it('at half load (50 kW, chiller 10 kW, DX UPS room 6 kW at COP 3): flows, pumps at 1/8, tower at (60/120)³', () => {
    const design = auxiliaryDesign(spec, 100_000, 5)
    const draw = createAuxiliaryDraw()
    auxiliaryStep(draw, spec, design, {
      chwLoadW: 50_000,
      chillerW: 10_000,
      upsRoomHeatW: 6000,
      upsRoomCoolingW: 2000,
    })
    expect(draw.chilledWaterFlowM3s * 1000).toBeCloseTo(1.9948, 4)
    expect(draw.chilledWaterPumpW).toBeCloseTo(design.chilledWaterPump.designPowerW / 8, 9)
    expect(draw.heatRejectedW).toBe(60_000)
    expect(draw.condenserWaterPumpW).toBeCloseTo(design.condenserWaterPump!.designPowerW / 8, 9)
    expect(draw.towerFanW).toBeCloseTo(0.0133 * 120_000 * 0.125, 9)
    const sumW = draw.chilledWaterPumpW + draw.condenserWaterPumpW + draw.towerFanW + 2000
    expect(draw.totalW).toBeCloseTo(sumW, 9)
    expect(bookAuxiliaries(draw, 3600)).toBeCloseTo(sumW * 3600, 6)
    expect(draw.upsRoomCoolingJ).toBe(2000 * 3600)
  })

  it('with an air-cooled condenser draws no condenser water and no tower fans', () => {
    const air = plantSchema.parse({ condenser: 'air' })
    const draw = createAuxiliaryDraw()
    auxiliaryStep(draw, air, auxiliaryDesign(air, 100_000, 5), {
      chwLoadW: 50_000,
      chillerW: 10_000,
      upsRoomHeatW: 0,
      upsRoomCoolingW: 0,
    })
    expect([draw.condenserWaterFlowM3s, draw.condenserWaterPumpW, draw.towerFanW]).toEqual([0, 0, 0])
    expect(draw.chilledWaterPumpW).toBeGreaterThan(0)
  })
})

describe('the plant schema', () => {
  it('names the JSON path of a bad pump efficiency', () => {
    const r = plantSchema.safeParse({ chilledWaterPump: { efficiency: 1.5 } })
    expect(r.success).toBe(false)
    expect(r.error!.issues[0].path).toEqual(['chilledWaterPump', 'efficiency'])
    expect(r.error!.issues[0].message).toBe('must be at most 0.95')
  })
  it('defaults the UPS room to a DX unit of COP 3 and accepts the chilled-water plant instead', () => {
    expect(spec.upsRoomCooling).toEqual({ kind: 'dx', cop: 3 })
    expect(plantSchema.parse({ upsRoomCooling: { kind: 'chilledWater' } }).upsRoomCooling.kind).toBe(
      'chilledWater',
    )
  })
})

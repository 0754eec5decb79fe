// Capacity arithmetic by hand: WP113 PDU and WP108 UPS losses, NEC 80 % breaker limits, N/N+1/2N capacity.
import { expect, it } from 'vitest'
import {
  breakerContinuousLimitW,
  postFailureCapacityW,
  REDUNDANCY_CODES,
  threeTermLossW,
} from './capacity.ts'
import { pduSchema, upsSystemSchema } from './spec.ts'

const pdu = pduSchema.parse({
  id: 'pdu-1',
  upsId: 'ups-1',
  capacityKw: 100,
  breakerRatingA: 30,
  voltageV: 208,
  phases: 3,
  powerFactor: 1,
})
const ups = upsSystemSchema.parse({ id: 'ups-1', capacityKw: 100 })
const code = (r: string) => REDUNDANCY_CODES.indexOf(r as never)
/** Loss of a 100 kW unit with `spec`'s default fractions at `loadW`, W. */
const lossOf100Kw = (spec: typeof pdu | typeof ups, loadW: number) =>
  threeTermLossW(
    loadW,
    100_000,
    spec.noLoadLossFraction,
    spec.proportionalLossFraction,
    spec.squareLossFraction,
  )

it('loses 1.5 kW + 0.015 · 0.5² · 100 kW = 1.875 kW in a 100 kW WP113 PDU at 50 kW', () => {
  expect(lossOf100Kw(pdu, 50_000)).toBeCloseTo(1875, 9)
  expect(lossOf100Kw(pdu, 0)).toBeCloseTo(1500, 9)
})

it('reproduces WP108 delta-conversion efficiencies from the defaults: 94.1 / 96.3 / 97.0 %', () => {
  const efficiency = (loadW: number) => loadW / (loadW + lossOf100Kw(ups, loadW))
  expect(efficiency(25_000)).toBeCloseTo(0.941, 3)
  expect(efficiency(50_000)).toBeCloseTo(0.963, 3)
  expect(efficiency(100_000)).toBeCloseTo(0.97, 3)
  // No load still costs the 1.333 % no-load term: 1,333 W on a 100 kW UPS.
  expect(lossOf100Kw(ups, 0)).toBeCloseTo(1333, 9)
})

it('limits a 208 V 3-phase 30 A breaker at PF 1 to 0.8 · √3 · 208 · 30 = 8,646 W continuous', () => {
  expect(breakerContinuousLimitW(pdu)).toBeCloseTo(0.8 * Math.sqrt(3) * 208 * 30, 9)
  expect(breakerContinuousLimitW(pdu)).toBeCloseTo(8646.4, 1)
})

it('limits a 230 V single-phase 32 A circuit at PF 0.95 to 0.8 · 230 · 32 · 0.95 = 5,593.6 W', () => {
  expect(
    breakerContinuousLimitW({ ...pdu, phases: 1, voltageV: 230, breakerRatingA: 32, powerFactor: 0.95 }),
  ).toBeCloseTo(5593.6, 9)
})

it('uses the whole rating with a continuous-load factor of 1 (IEC: no blanket 80 %)', () => {
  expect(breakerContinuousLimitW({ ...pdu, continuousLoadFactor: 1 })).toBeCloseTo(Math.sqrt(3) * 208 * 30, 9)
})

it('leaves 4 × 25 kW modules 100 kW (N, 2N) or 75 kW (N+1, 2(N+1)) after the next failure', () => {
  expect(postFailureCapacityW(code('N'), 4, 25_000)).toBe(100_000)
  expect(postFailureCapacityW(code('N+1'), 4, 25_000)).toBe(75_000)
  expect(postFailureCapacityW(code('2N'), 4, 25_000)).toBe(100_000)
  expect(postFailureCapacityW(code('2(N+1)'), 4, 25_000)).toBe(75_000)
  expect(postFailureCapacityW(code('N+1'), 0, 25_000)).toBe(0)
})

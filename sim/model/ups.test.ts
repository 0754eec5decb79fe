import { expect, it } from 'vitest'
import { upsLossW } from './ups.ts'

const electrical = {
  upsCapacityKw: 100,
  upsNoLoadLossFraction: 0.01333,
  upsProportionalLossFraction: 0.0064,
  upsSquareLossFraction: 0.01081,
}
const efficiency = (loadW: number) => loadW / (loadW + upsLossW(loadW, electrical))

it('reproduces the WP108 delta-conversion efficiencies: 94.1 % at 25 %, 96.3 % at 50 %, 97.0 % at 100 %', () => {
  expect(efficiency(25_000)).toBeCloseTo(0.941, 3)
  expect(efficiency(50_000)).toBeCloseTo(0.963, 3)
  expect(efficiency(100_000)).toBeCloseTo(0.97, 3)
})

it('loses its no-load term at zero load: 1.333 kW for a 100 kW UPS', () => {
  expect(upsLossW(0, electrical)).toBeCloseTo(1333, 6)
})

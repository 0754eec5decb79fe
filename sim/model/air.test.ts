import { expect, it } from 'vitest'
import { airTemperatureRiseK } from './air.ts'

const CFM_M3S = 4.7195e-4 // one cubic foot per minute

it('1 kW through 160 CFM rises 10.97 K (docs/physics.md#rack-airflow-and-exhaust-temperature, ASHRAE sensible-heat equation)', () => {
  expect(airTemperatureRiseK(1000, 160 * CFM_M3S)).toBeCloseTo(10.97, 2)
})

it('1 kW through 0.0828 m³/s rises 10 K, and no airflow gives no rise rather than Infinity', () => {
  expect(airTemperatureRiseK(1000, 0.0828)).toBeCloseTo(10.0, 1)
  expect(airTemperatureRiseK(1000, 0)).toBe(0)
})

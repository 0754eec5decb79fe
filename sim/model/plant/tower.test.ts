// Tower fan power worked by hand: fanWPerW · Q_design · speed³.
import { expect, it } from 'vitest'
import { towerFanW } from './tower.ts'

const tower = { fanWPerW: 0.0133, minSpeedFraction: 0.3, rangeK: 5.6 }

it('draws 0.0133 × 1 MW = 13.3 kW rejecting its design heat, 1/8 of that at half', () => {
  expect(towerFanW(tower, 1e6, 1e6)).toBeCloseTo(13_300, 6)
  expect(towerFanW(tower, 0.5e6, 1e6)).toBeCloseTo(13_300 / 8, 6)
})

it('holds the minimum speed (0.3³ × 13.3 kW = 359.1 W at 10 % load) and stops with no heat', () => {
  expect(towerFanW(tower, 0.1e6, 1e6)).toBeCloseTo(359.1, 6)
  expect(towerFanW(tower, 0, 1e6)).toBe(0)
})

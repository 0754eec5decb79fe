// PUE as a ratio, from energies or from one snapshot's powers: worked by hand.
import { expect, it } from 'vitest'
import { pueOf } from './kpis.ts'
import { HEADER, pueNow, snapshotLayout } from './snapshot.ts'

it('divides facility by IT: 150 kWh over 100 kWh is 1.5, and is NaN with no IT load yet', () => {
  expect(pueOf(150, 100)).toBe(1.5)
  expect(pueOf(5_000, 0)).toBeNaN()
})

it('reads PUE now from a snapshot header: 130 kW facility over 100 kW IT is 1.3', () => {
  const frame = new Float64Array(snapshotLayout(1, 1).length)
  frame[HEADER.facilityW] = 130_000
  frame[HEADER.itW] = 100_000
  expect(pueNow(frame)).toBeCloseTo(1.3, 12)
  frame[HEADER.itW] = 0
  expect(pueNow(frame)).toBeNaN()
})

// PUE as a ratio, from energies or from one snapshot's powers: worked by hand.
import { expect, it } from 'vitest'
import { pueBreakdownOf, pueOf } from './kpis.ts'
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

it('reports PUE at both IT meters and the two pPUEs from hand-summed energies', () => {
  // IT 100, PDU losses 2, UPS losses 5, lighting 1, cooling 30 (kWh): facility 138.
  const kwh = (x: number) => x * 3.6e6
  const energy = { itJ: kwh(100), facilityJ: kwh(138), coolingJ: kwh(30), upsLossJ: kwh(5), pduLossJ: kwh(2) }
  const p = pueBreakdownOf(energy)
  expect(p.pue).toBeCloseTo(1.38, 12) // category 3: IT at the equipment input
  expect(p.pueUpsOutput).toBeCloseTo(138 / 102, 12) // category 1: IT at the UPS output, 1.3529
  expect(p.partialPueCooling).toBeCloseTo(1.3, 12)
  expect(p.partialPueElectrical).toBeCloseTo(1.07, 12)
  // No IT energy yet: every ratio is NaN, the PDUs' idle losses alone included.
  expect(pueBreakdownOf({ ...energy, itJ: 0 }).pueUpsOutput).toBeNaN()
})

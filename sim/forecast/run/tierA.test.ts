import { describe, expect, it } from 'vitest'
import { loadScaleOf, MONTH_S } from '../growth/index.ts'
import { runHorizon } from '../horizon/index.ts'
import { forecastReplica } from './replica.ts'
import { warmProportionalHall } from './runHalls.ts'

describe('Tier A against the fine-step run', () => {
  // The reference runs 5 months at a 60 s tick (about 220,000 ticks of a 2-rack hall): give it room on a
  // loaded 2-core box.
  it(
    'crosses the UPS (IT) limit and the 27 °C inlet within 2 % of runHorizon fine',
    { timeout: 300_000 },
    () => {
      const scenario = warmProportionalHall()
      const tierA = forecastReplica(scenario, { months: 5, replica: 0, seed: 1 })
      const monthOf = (id: string) => tierA.lines.find((l) => l.id === id)!.firstCrossingMonth!
      const fine = runHorizon(scenario, {
        months: 5,
        loadScaleAt: loadScaleOf(scenario),
        itLimitW: 4000,
        inletLimitsC: [27],
        method: 'fine',
      })
      const fineIt = fine.itCrossingS! / MONTH_S
      const fineInlet = fine.inletCrossingS[0]! / MONTH_S
      // The IT crossing by hand: 3000 × 1.08^m = 4000 at m = ln(4/3)/ln(1.08).
      expect(monthOf('ups:ups')).toBeCloseTo(Math.log(4 / 3) / Math.log(1.08), 6)
      expect(Math.abs(monthOf('ups:ups') / fineIt - 1)).toBeLessThan(0.02)
      expect(Math.abs(monthOf('inletRecommended:A1') / fineInlet - 1)).toBeLessThan(0.02)
      // Both inside the horizon and apart, so the two checks are not one check twice.
      expect(fineInlet).toBeGreaterThan(1)
      expect(fineIt - fineInlet).toBeGreaterThan(0.5)
    },
  )
})

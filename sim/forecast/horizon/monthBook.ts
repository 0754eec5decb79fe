// MonthBook: per-month peaks and energies of a long run, read from the world after every sample.
import type { World } from '../../model/world.ts'
import { energyToJ, J_PER_KWH } from '../../metrics/kpis.ts'
import { MAX_LOGGED_EVENTS } from '../../model/protection.ts'

/** What one month of a horizon run came to. Powers are peaks over the month's samples. */
export interface MonthRow {
  /** 0-based month index; month m covers [m·MONTH_S, (m+1)·MONTH_S). */
  month: number
  peakItW: number
  peakCoolingW: number
  peakFacilityW: number
  /** Hottest rack inlet at any sample within the month, °C (once protection has acted at that instant). */
  peakInletC: number
  /** Racks that tripped on their inlet within the month; null once the engine's event log is full. */
  rackTrips: number | null
  itEnergyKwh: number
  coolingEnergyKwh: number
  facilityEnergyKwh: number
}

/** Accumulates MonthRows; `sample` after each advance, `close` at each month's end. */
export function createMonthBook(world: Readonly<World>) {
  const rows: MonthRow[] = []
  let open = blank(0)
  let startEnergy = energyToJ(world, 0)
  let seenEvents = 0
  return {
    rows: rows as readonly MonthRow[],
    /** Folds the state just settled into the open month's peaks. */
    sample() {
      const t = world.totals
      if (t.itW > open.peakItW) open.peakItW = t.itW
      if (t.coolingW > open.peakCoolingW) open.peakCoolingW = t.coolingW
      if (t.facilityW > open.peakFacilityW) open.peakFacilityW = t.facilityW
      const inlets = world.rackInletC
      for (let i = 0; i < inlets.length; i++) if (inlets[i] > open.peakInletC) open.peakInletC = inlets[i]
      const events = world.thermalEvents
      for (; seenEvents < events.length; seenEvents++)
        if (events[seenEvents].transition === 'tripped' && open.rackTrips !== null) open.rackTrips++
      if (events.length >= MAX_LOGGED_EVENTS) open.rackTrips = null
    },
    /** Ends the open month at `nowS` (its last sample already folded in) and opens the next. */
    close(nowS: number) {
      const energy = energyToJ(world, nowS)
      open.itEnergyKwh = (energy.itJ - startEnergy.itJ) / J_PER_KWH
      open.coolingEnergyKwh = (energy.coolingJ - startEnergy.coolingJ) / J_PER_KWH
      open.facilityEnergyKwh = (energy.facilityJ - startEnergy.facilityJ) / J_PER_KWH
      rows.push(open)
      open = blank(open.month + 1)
      startEnergy = energy
    },
  }
}

function blank(month: number): MonthRow {
  return {
    month,
    peakItW: -Infinity,
    peakCoolingW: -Infinity,
    peakFacilityW: -Infinity,
    peakInletC: -Infinity,
    rackTrips: 0,
    itEnergyKwh: 0,
    coolingEnergyKwh: 0,
    facilityEnergyKwh: 0,
  }
}

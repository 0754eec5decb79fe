// ASHRAE TC 9.9 (2021) inlet classes and a per-sensor compliance tracker over time (physics.md §4).
import { windowRange } from './windowRange.ts'

export type AshraeClassName = 'recommended' | 'A1' | 'A2' | 'A3' | 'A4'

/** One row of the 2021 Thermal Guidelines table, for IT equipment inlet air. */
export interface AshraeClass {
  name: AshraeClassName
  /** Dry bulb, °C. */
  minC: number
  maxC: number
  /** Dew-point band, °C. */
  minDewPointC: number
  maxDewPointC: number
  /** Relative humidity bounds, % (0 where the class sets none). */
  minRhPct: number
  maxRhPct: number
}

/**
 * ASHRAE TC 9.9 2021 reference card, Table 2.1 (physics.md §4 [V]). The recommended envelope's 70 % RH becomes
 * 50 % where gaseous pollutants are high. Humidity is data only: the twin does not model moisture yet.
 */
export const ASHRAE_CLASSES: Readonly<Record<AshraeClassName, AshraeClass>> = {
  recommended: {
    name: 'recommended',
    minC: 18,
    maxC: 27,
    minDewPointC: -9,
    maxDewPointC: 15,
    minRhPct: 0,
    maxRhPct: 70,
  },
  A1: { name: 'A1', minC: 15, maxC: 32, minDewPointC: -12, maxDewPointC: 17, minRhPct: 8, maxRhPct: 80 },
  A2: { name: 'A2', minC: 10, maxC: 35, minDewPointC: -12, maxDewPointC: 21, minRhPct: 8, maxRhPct: 80 },
  A3: { name: 'A3', minC: 5, maxC: 40, minDewPointC: -12, maxDewPointC: 24, minRhPct: 8, maxRhPct: 85 },
  A4: { name: 'A4', minC: 5, maxC: 45, minDewPointC: -12, maxDewPointC: 24, minRhPct: 8, maxRhPct: 90 },
}

/**
 * The inlet limits a failure is measured against and forecasts are drawn with, °C: the recommended maximum and
 * the A1 and A2 allowable maxima (27, 32, 35).
 */
export const FAILURE_LIMITS_C = [
  ASHRAE_CLASSES.recommended.maxC,
  ASHRAE_CLASSES.A1.maxC,
  ASHRAE_CLASSES.A2.maxC,
] as const

/** ITE temperature-change limits, °C within the window (the card's "5/20": 20 °C in an hour, 5 °C in 15 min). */
export const HOUR_CHANGE_LIMIT_C = 20
export const QUARTER_HOUR_CHANGE_LIMIT_C = 5
// Ramps built in floating point land a hair above an exact limit; 1 µK is far below any sensor.
const LIMIT_TOLERANCE_C = 1e-6

/** Per-sensor accumulators, indexed like the `inletC` arrays fed to the tracker. */
export interface ComplianceTracker {
  readonly cls: AshraeClass
  /** Seconds above the recommended maximum, 27 °C. */
  readonly aboveRecommendedS: Float64Array
  /** Seconds above the class's allowable maximum. */
  readonly aboveAllowableS: Float64Array
  /** Seconds below the class's allowable minimum. */
  readonly belowAllowableS: Float64Array
  /** Onsets of a change > 20 °C within some 60-minute window (an excursion counts once however long). */
  readonly hourChangeViolations: Uint32Array
  /** Onsets of a change > 5 °C in any window of 15 minutes. */
  readonly quarterHourChangeViolations: Uint32Array
  /** Largest max − min within any 60-minute / 15-minute window seen, °C. */
  readonly maxHourChangeC: Float64Array
  readonly maxQuarterHourChangeC: Float64Array
  /** Steepest |ΔT|/Δt between consecutive samples, °C/h. */
  readonly maxRateCPerH: Float64Array
  /** Feeds one sample per sensor at `timeS` (strictly increasing), °C. */
  sample(timeS: number, inletC: Float64Array): void
  /** Seconds during which at least one sensor was above the limit: the room-level figure. */
  timeAboveS(limit: 'recommended' | 'allowable'): number
}

/**
 * Tracks `count` inlet sensors against `className`. Each reading holds until the next one (zero-order hold),
 * so time is credited to the interval after a sample. The "5/20" clauses are read as a change (max − min of
 * inlet temperature) within any 60- or 15-minute window, not an instantaneous rate: how the Thermal Guidelines
 * footnote is recalled to word it [U; physics.md §4 has the clauses only]. Both are checked exactly over every
 * sample seen; the steepest sample-to-sample rate is reported too.
 */
export function createComplianceTracker(className: AshraeClassName, count: number): ComplianceTracker {
  const cls = ASHRAE_CLASSES[className]
  const recommendedMaxC = ASHRAE_CLASSES.recommended.maxC
  const hourRange = Array.from({ length: count }, () => windowRange(3600))
  const quarterRange = Array.from({ length: count }, () => windowRange(900))
  const inHourViolation = new Uint8Array(count)
  const inQuarterViolation = new Uint8Array(count)
  const lastC = new Float64Array(count)
  let lastS = NaN
  const room = { recommended: 0, allowable: 0 }
  const t: ComplianceTracker = {
    cls,
    aboveRecommendedS: new Float64Array(count),
    aboveAllowableS: new Float64Array(count),
    belowAllowableS: new Float64Array(count),
    hourChangeViolations: new Uint32Array(count),
    quarterHourChangeViolations: new Uint32Array(count),
    maxHourChangeC: new Float64Array(count),
    maxQuarterHourChangeC: new Float64Array(count),
    maxRateCPerH: new Float64Array(count),
    timeAboveS: (limit) => room[limit],
    sample(timeS, inletC) {
      if (inletC.length !== count)
        throw new Error(`expected ${count} inlet temperatures, got ${inletC.length}`)
      if (timeS <= lastS) throw new Error(`samples must move forward in time: ${timeS} s after ${lastS} s`)
      const dtS = timeS - lastS // NaN on the first sample: nothing to credit yet
      let anyAboveRecommended = false
      let anyAboveAllowable = false
      for (let i = 0; i < count; i++) {
        if (dtS > 0) {
          if (lastC[i] > recommendedMaxC) {
            t.aboveRecommendedS[i] += dtS
            anyAboveRecommended = true
          }
          if (lastC[i] > cls.maxC) {
            t.aboveAllowableS[i] += dtS
            anyAboveAllowable = true
          }
          if (lastC[i] < cls.minC) t.belowAllowableS[i] += dtS
          t.maxRateCPerH[i] = Math.max(t.maxRateCPerH[i], (Math.abs(inletC[i] - lastC[i]) / dtS) * 3600)
        }
        const hourC = hourRange[i](timeS, inletC[i])
        const quarterC = quarterRange[i](timeS, inletC[i])
        t.maxHourChangeC[i] = Math.max(t.maxHourChangeC[i], hourC)
        t.maxQuarterHourChangeC[i] = Math.max(t.maxQuarterHourChangeC[i], quarterC)
        const hourBad = hourC > HOUR_CHANGE_LIMIT_C + LIMIT_TOLERANCE_C ? 1 : 0
        const quarterBad = quarterC > QUARTER_HOUR_CHANGE_LIMIT_C + LIMIT_TOLERANCE_C ? 1 : 0
        if (hourBad && !inHourViolation[i]) t.hourChangeViolations[i]++
        if (quarterBad && !inQuarterViolation[i]) t.quarterHourChangeViolations[i]++
        inHourViolation[i] = hourBad
        inQuarterViolation[i] = quarterBad
        lastC[i] = inletC[i]
      }
      if (anyAboveRecommended) room.recommended += dtS
      if (anyAboveAllowable) room.allowable += dtS
      lastS = timeS
    },
  }
  return t
}

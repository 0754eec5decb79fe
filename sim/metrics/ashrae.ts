// ASHRAE TC 9.9 (2021) inlet classes and a per-sensor compliance tracker over time
// (docs/physics.md#humidity-and-ashrae-classes).
import { windowRange } from './windowRange.ts'

export type AshraeClassName = 'recommended' | 'A1' | 'A2' | 'A3' | 'A4' | 'H1'
/** The classes equipment is rated to (the recommended envelope is a target, not a class). */
export const EQUIPMENT_CLASSES = ['A1', 'A2', 'A3', 'A4', 'H1'] as const
export type EquipmentClassName = (typeof EQUIPMENT_CLASSES)[number]

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
 * ASHRAE TC 9.9, Thermal Guidelines for Data Processing Environments, 5th ed. (2021), Table 2-1: allowable
 * envelopes of A1–A4 and H1 (high-density equipment, new in 2021) and the recommended envelope of A1–A4. The
 * recommended 70 % RH becomes 50 % where gaseous pollutants are high (not modelled).
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
  H1: { name: 'H1', minC: 5, maxC: 25, minDewPointC: -12, maxDewPointC: 17, minRhPct: 8, maxRhPct: 80 },
}

/** Recommended dry bulb per class, °C: 18–27 for A1–A4, 18–22 for H1 (Table 2-1); humidity as `recommended`. */
export const RECOMMENDED_DRY_BULB_C: Readonly<Record<EquipmentClassName, readonly [number, number]>> = {
  A1: [18, 27],
  A2: [18, 27],
  A3: [18, 27],
  A4: [18, 27],
  H1: [18, 22],
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

/**
 * Temperature-change limits, °C within a window (Table 2-1, footnote f): tape storage 5 °C in an hour; all other
 * equipment 20 °C in an hour and no more than 5 °C in any 15 minutes. The footnote defines the change as max −
 * min inlet within the window, "not a rate of temperature change".
 */
export interface ChangeLimits {
  hourC: number
  quarterHourC: number
}
const HOUR_CHANGE_LIMIT_C = 20
const QUARTER_HOUR_CHANGE_LIMIT_C = 5
export const CHANGE_LIMITS: Readonly<Record<'general' | 'tape', ChangeLimits>> = {
  general: { hourC: HOUR_CHANGE_LIMIT_C, quarterHourC: QUARTER_HOUR_CHANGE_LIMIT_C },
  // 5 °C in an hour already bounds any 15 minutes, so tape has no separate quarter-hour clause.
  tape: { hourC: 5, quarterHourC: Infinity },
}
// Ramps built in floating point land a hair above an exact limit; 1 µK is far below any sensor.
export const LIMIT_TOLERANCE_C = 1e-6

/** Per-sensor accumulators, indexed like the `inletC` arrays fed to the tracker. */
export interface ComplianceTracker {
  readonly cls: AshraeClass
  /** Seconds above the recommended maximum (27 °C; 22 °C for H1). */
  readonly aboveRecommendedS: Float64Array
  /** Seconds above the class's allowable maximum. */
  readonly aboveAllowableS: Float64Array
  /** Seconds below the class's allowable minimum. */
  readonly belowAllowableS: Float64Array
  /** Onsets of a change above the hour limit (20 °C; tape 5 °C) within some 60-minute window (counted once). */
  readonly hourChangeViolations: Uint32Array
  /** Onsets of a change > 5 °C in any window of 15 minutes (not for tape, whose hour limit is stricter). */
  readonly quarterHourChangeViolations: Uint32Array
  /** The change limits each sensor is held to (its equipment: tape or general). */
  readonly changeLimits: readonly ChangeLimits[]
  /** max − min within the 60-minute / 15-minute window ending at the latest sample, °C. */
  readonly hourChangeNowC: Float64Array
  readonly quarterHourChangeNowC: Float64Array
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
 * so time is credited to the interval after a sample. The change clauses are a change (max − min of inlet
 * temperature) within any 60- or 15-minute window, as Table 2-1's footnote f defines them, each sensor held to
 * its own `changeLimits` (tape or general equipment). Both are checked exactly over every sample seen; the
 * steepest sample-to-sample rate is reported too.
 */
export function createComplianceTracker(
  className: EquipmentClassName,
  count: number,
  changeLimits: readonly ChangeLimits[] = Array.from({ length: count }, () => CHANGE_LIMITS.general),
): ComplianceTracker {
  if (changeLimits.length !== count)
    throw new Error(`expected ${count} change limits, got ${changeLimits.length}`)
  const cls = ASHRAE_CLASSES[className]
  const recommendedMaxC = RECOMMENDED_DRY_BULB_C[className][1]
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
    changeLimits,
    hourChangeNowC: new Float64Array(count),
    quarterHourChangeNowC: new Float64Array(count),
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
        t.hourChangeNowC[i] = hourC
        t.quarterHourChangeNowC[i] = quarterC
        t.maxHourChangeC[i] = Math.max(t.maxHourChangeC[i], hourC)
        t.maxQuarterHourChangeC[i] = Math.max(t.maxQuarterHourChangeC[i], quarterC)
        const hourBad = hourC > changeLimits[i].hourC + LIMIT_TOLERANCE_C ? 1 : 0
        const quarterBad = quarterC > changeLimits[i].quarterHourC + LIMIT_TOLERANCE_C ? 1 : 0
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

// Where one inlet condition (dry bulb, dew point, relative humidity) sits against an ASHRAE class: within the
// recommended envelope, within the allowable, or outside it (docs/physics.md#humidity-and-ashrae-classes).
import { ASHRAE_CLASSES, RECOMMENDED_DRY_BULB_C, type EquipmentClassName } from './ashrae.ts'

export type EnvelopeState = 'recommended' | 'allowable' | 'outside'

/** A limit of the envelope the point breaks: which quantity, on which side, and the limit in its unit. */
export interface EnvelopeBreach {
  quantity: 'dryBulb' | 'dewPoint' | 'relativeHumidity'
  side: 'low' | 'high'
  /** °C for dry bulb and dew point, % for relative humidity. */
  limit: number
}

export interface EnvelopeJudgement {
  state: EnvelopeState
  /** Limits of the recommended envelope broken (empty when recommended). */
  recommendedBreaches: EnvelopeBreach[]
  /** Limits of the class's allowable envelope broken (empty unless outside). */
  allowableBreaches: EnvelopeBreach[]
}

function breaches(
  [minC, maxC]: readonly [number, number],
  [minDewC, maxDewC]: readonly [number, number],
  [minRhPct, maxRhPct]: readonly [number, number],
  dryBulbC: number,
  dewPointC: number,
  rhPct: number,
): EnvelopeBreach[] {
  const out: EnvelopeBreach[] = []
  if (dryBulbC < minC) out.push({ quantity: 'dryBulb', side: 'low', limit: minC })
  if (dryBulbC > maxC) out.push({ quantity: 'dryBulb', side: 'high', limit: maxC })
  if (dewPointC < minDewC) out.push({ quantity: 'dewPoint', side: 'low', limit: minDewC })
  if (dewPointC > maxDewC) out.push({ quantity: 'dewPoint', side: 'high', limit: maxDewC })
  if (rhPct < minRhPct) out.push({ quantity: 'relativeHumidity', side: 'low', limit: minRhPct })
  if (rhPct > maxRhPct) out.push({ quantity: 'relativeHumidity', side: 'high', limit: maxRhPct })
  return out
}

/** The state judgeEnvelope would give, without listing the breaches (no allocation: it runs per rack per tick). */
export function envelopeState(
  className: EquipmentClassName,
  dryBulbC: number,
  dewPointC: number,
  rhPct: number,
): EnvelopeState {
  const cls = ASHRAE_CLASSES[className]
  if (
    !(dryBulbC >= cls.minC && dryBulbC <= cls.maxC) ||
    !(dewPointC >= cls.minDewPointC && dewPointC <= cls.maxDewPointC) ||
    !(rhPct >= cls.minRhPct && rhPct <= cls.maxRhPct)
  )
    return 'outside'
  const rec = ASHRAE_CLASSES.recommended
  const [recMinC, recMaxC] = RECOMMENDED_DRY_BULB_C[className]
  const recommended =
    dryBulbC >= recMinC &&
    dryBulbC <= recMaxC &&
    dewPointC >= rec.minDewPointC &&
    dewPointC <= rec.maxDewPointC &&
    rhPct <= rec.maxRhPct
  return recommended ? 'recommended' : 'allowable'
}

/**
 * Judges a point against Table 2-1 of the 2021 Thermal Guidelines. The envelopes are bounded by dry bulb, by
 * dew point and by relative humidity at once (the low-humidity corner is "−12 °C DP and 8 % RH": both must hold),
 * so a point is inside an envelope only when all three are. The recommended envelope has no lower RH limit.
 */
export function judgeEnvelope(
  className: EquipmentClassName,
  dryBulbC: number,
  dewPointC: number,
  rhPct: number,
): EnvelopeJudgement {
  const cls = ASHRAE_CLASSES[className]
  const rec = ASHRAE_CLASSES.recommended
  const recommendedBreaches = breaches(
    RECOMMENDED_DRY_BULB_C[className],
    [rec.minDewPointC, rec.maxDewPointC],
    [rec.minRhPct, rec.maxRhPct],
    dryBulbC,
    dewPointC,
    rhPct,
  )
  const allowableBreaches = breaches(
    [cls.minC, cls.maxC],
    [cls.minDewPointC, cls.maxDewPointC],
    [cls.minRhPct, cls.maxRhPct],
    dryBulbC,
    dewPointC,
    rhPct,
  )
  const state =
    allowableBreaches.length > 0 ? 'outside' : recommendedBreaches.length > 0 ? 'allowable' : 'recommended'
  return { state, recommendedBreaches, allowableBreaches }
}

// One timeline of commands, none on a physics tick, run at several stepS: what must not depend on stepS.
import type { TimedCommand } from '../scenario/types.ts'

/** scenarios/crah-failure.json's text (crah-1 and crah-2 fail at 50,400 s) with its physics tick set to `stepS`. */
export function withStepS(crahFailureJson: string, stepS: number): string {
  if (!crahFailureJson.includes('"stepS": 60'))
    throw new Error('crah-failure.json no longer says "stepS": 60')
  return crahFailureJson.replace('"stepS": 60', `"stepS": ${stepS}`)
}

/**
 * After the scenario's two failures at 50,400 s: crah-3's setpoint raised, then crah-3 failed, then crah-1
 * restored. 50,430, 50,475 and 50,520 s fall between ticks of 60 and 300 s, so a command that acted from the
 * previous tick would show.
 */
export const TIMELINE: readonly TimedCommand[] = [
  { atS: 50_430, command: { type: 'setSupplySetpoint', unitId: 'crah-3', supplySetpointC: 22 } },
  { atS: 50_475, command: { type: 'failCoolingUnit', unitId: 'crah-3' } },
  { atS: 50_520, command: { type: 'restoreCoolingUnit', unitId: 'crah-1' } },
]

/** What a run says right after each timeline command: seconds to 27, 32 and 35 °C (null: not within a day). */
export type Answers = (number | null)[][]

/**
 * Whether every answer is within `relative` of the reference's, or within `floorS` (a null only matches a
 * null): a limit 3 s away cannot be resolved better than the reference's own tick, at which it samples the
 * servers' inlet-driven power.
 */
export function agreeWithin(answers: Answers, reference: Answers, relative: number, floorS: number): boolean {
  return answers.every((row, k) =>
    row.every((s, l) => {
      const r = reference[k][l]
      return s === null || r === null ? s === r : Math.abs(s - r) <= Math.max(relative * r, floorS)
    }),
  )
}

import { describe, expect, it } from 'vitest'
import { healthText } from './workerHealth.ts'

const clock = (atS: number) => `t=${atS}`

describe('healthText', () => {
  it('says what happened, where the run is and whether it plays', () => {
    const reason = 'The simulation worker stopped: it stopped answering for 15 s.'
    expect(healthText({ phase: 'recovering', reason, atS: 7200, progress: 0.416, resume: true }, clock)).toBe(
      `${reason} Restoring the run to t=7200… 41 %`,
    )
    expect(
      healthText({ phase: 'recovered', reason, atS: 7200, resumed: true, liveDropped: false }, clock),
    ).toBe(`${reason} The run was restored at t=7200 and plays on.`)
    expect(
      healthText({ phase: 'recovered', reason, atS: 60, resumed: false, liveDropped: true }, clock),
    ).toBe(
      `${reason} The run was restored at t=60 and is paused: press Play to go on. It no longer follows the live source: connect again to follow it.`,
    )
    expect(healthText({ phase: 'stopped', reason: 'It stopped 3 times in 2 min.' }, clock)).toBe(
      'It stopped 3 times in 2 min. Not restarted again: press Try again, or pick a scenario.',
    )
    expect(healthText({ phase: 'ok' }, clock)).toBe('')
    expect(healthText({ phase: 'waiting' }, clock)).toContain('has not answered for a few seconds')
  })
})

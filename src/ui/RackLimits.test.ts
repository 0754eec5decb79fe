// The Inspector's per-rack time to limit follows the failure still in force (rendered to HTML in Node).
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import type { Command, FailureRecord } from '../../sim/index.ts'
import { shippedLayout } from '../scene/testing/shippedLayout.ts'
import { failureInForce, RackLimitsView } from './RackLimits.tsx'

const layout = shippedLayout('default') // crah-1..3; pdu-a1, pdu-b1
const record = (atS: number, command: Command, seconds: number): FailureRecord => ({
  atS,
  command,
  timeToLimitS: [seconds, null, null],
  rackTimeToLimitS: [layout.racks.map(() => seconds), [], []],
})
const crah2 = record(100, { type: 'failCoolingUnit', unitId: 'crah-2' }, 600)
const pduA = record(200, { type: 'failPowerAsset', assetId: 'pdu-a1' }, 900)
const failures = [crah2, pduA]

function html(unitRunning: boolean[], powerDown: string[], list: FailureRecord[] = failures): string {
  const shown = failureInForce({ failures: list, layout, unitRunning, powerDown })
  return renderToString(createElement(RackLimitsView, { ...shown, startEpochS: 0, index: 0 }))
}

describe('RackLimits', () => {
  it('shows the newest failure while it holds', () => {
    const out = html([true, false, true], ['pdu-a1'])
    expect(out).toContain('After <!-- -->pdu-a1<!-- --> failed')
    expect(out).toContain('data-seconds="900"')
  })

  it('falls back to the older failure still down once the newest is restored', () => {
    const out = html([true, false, true], [])
    expect(out).toContain('After <!-- -->crah-2<!-- --> failed')
    expect(out).toContain('data-seconds="600"')
  })

  it('shows no failure after everything is restored (not the last one, as it did), and says so', () => {
    const out = html([true, true, true], [])
    expect(out).not.toContain('failed,')
    expect(out).not.toContain('data-seconds')
    expect(out).toContain('Nothing down now: every failure restored')
  })

  it('scrubbed back, leaves out failures after the shown time (not yet happened in the hall on screen)', () => {
    const at = (viewS: number) =>
      failureInForce({ failures, layout, unitRunning: [true, false, true], powerDown: ['pdu-a1'] }, viewS)
    expect(at(150)).toEqual({ latest: crah2, restored: false })
    expect(at(50)).toEqual({ latest: undefined, restored: false })
    expect(at(250)).toEqual({ latest: pduA, restored: false })
  })

  it('shows nothing before any failure', () => {
    expect(html([true, true, true], [], [])).toBe('')
  })
})

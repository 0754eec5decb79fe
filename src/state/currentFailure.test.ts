// The failure the time-to-limit table shows: the newest one still down, none after everything is restored.
import { describe, expect, it } from 'vitest'
import type { Command, FailureRecord } from '../../sim/index.ts'
import { shippedLayout } from '../scene/testing/shippedLayout.ts'
import { currentFailure } from './currentFailure.ts'

const layout = shippedLayout('default') // crah-1, crah-2, crah-3; pdu-a1, pdu-b1
const record = (atS: number, command: Command): FailureRecord => ({
  atS,
  command,
  timeToLimitS: [60, 120, null],
  rackTimeToLimitS: [],
})
const crah2 = record(100, { type: 'failCoolingUnit', unitId: 'crah-2' })
const pduA = record(200, { type: 'failPowerAsset', assetId: 'pdu-a1' })
const pduB = record(300, { type: 'failPowerAsset', assetId: 'pdu-b1' })
const failures = [crah2, pduA, pduB]

describe('currentFailure', () => {
  it('is the newest failure while everything failed is still down', () => {
    expect(currentFailure(failures, layout, [true, false, true], ['pdu-a1', 'pdu-b1'])).toBe(pduB)
  })

  it('falls back to the newest one still down when a later one was restored', () => {
    expect(currentFailure(failures, layout, [true, false, true], ['pdu-a1'])).toBe(pduA)
    expect(currentFailure(failures, layout, [true, false, true], [])).toBe(crah2)
  })

  it('is none after Restore all: every unit running, no power asset down', () => {
    expect(currentFailure(failures, layout, [true, true, true], [])).toBeUndefined()
  })

  it('is none before any failure', () => {
    expect(currentFailure([], layout, [], [])).toBeUndefined()
  })
})

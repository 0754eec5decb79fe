import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../../../sim/index.ts'
import { freeId, nextRowSpot, nextUnitSpot, takenRects } from './freeSpot.ts'

const json = readFileSync(new URL('../../../scenarios/default.json', import.meta.url), 'utf8')
const scenario = parseScenarioText(json, 'default.json')
const layout = sceneLayout(scenario, snapshotLayout(scenario.racks.length, scenario.coolingUnits.length))
const room = { widthM: 16, depthM: 12 }
const ROW_M = 10 * 0.6 // the default row template: 10 racks of 0.6 m

describe('where an added row goes', () => {
  it('in an empty 16 × 12 m room: centred on tiles (16 − 6) / 2 = 5 → 4.8, one aisle off the south wall, facing +y', () => {
    expect(nextRowSpot(room, [], ROW_M, 1.2, 0)).toEqual({ xM: 4.8, yM: 1.2, facing: '+y' })
  })

  it('the second row faces the first across a 1.2 m cold aisle: 2.4 + 1.2 = 3.6, facing −y', () => {
    const first = [{ x0: 4.8, y0: 1.2, x1: 10.8, y1: 2.4 }]
    expect(nextRowSpot(room, first, ROW_M, 1.2, 1)).toEqual({ xM: 4.8, yM: 3.6, facing: '-y' })
  })

  it('in the default hall: behind row B (ends at y 7.5), 7.5 + 1.2 = 8.7 → the next tile line 9.0', () => {
    expect(nextRowSpot(room, takenRects(layout), ROW_M, 1.2, 2)).toEqual({ xM: 4.8, yM: 9, facing: '+y' })
  })

  it('none when the room is full or too narrow', () => {
    expect(nextRowSpot({ widthM: 5, depthM: 12 }, [], ROW_M, 1.2, 0)).toBeNull()
    expect(nextRowSpot({ widthM: 16, depthM: 2 }, [], ROW_M, 1.2, 0)).toBeNull()
  })
})

describe('where an added cooling unit goes', () => {
  it('in an empty room: in the south-west corner against the west wall, blowing east', () => {
    expect(nextUnitSpot(room, [], 2.5, 0.9)).toEqual({ xM: 0.45, yM: 1.25, facing: '+x' })
  })

  it('in the default hall the west wall is taken (crah-1, crah-2): the east wall at tile 25 (15.0 m)', () => {
    expect(nextUnitSpot(room, takenRects(layout), 2.5, 0.9)).toEqual({ xM: 15.45, yM: 1.25, facing: '-x' })
  })
})

describe('new ids', () => {
  it('units take the first free number', () => {
    expect(freeId('crah-', ['crah-1', 'crah-3'])).toBe('crah-2')
  })
})

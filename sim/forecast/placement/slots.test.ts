// Rack-unit arithmetic: free runs, a later deployment's units held, servers stacked into the largest runs first.
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../../scenario/parse.ts'
import { epochSOf } from '../growth/index.ts'
import { placementHallInput } from './placementHalls.ts'
import { deploymentsOf, freeRuns, occupiedFrom, slotsIn, stack } from './slots.ts'

describe('placement slots', () => {
  const input = placementHallInput()
  // Two 2 U servers go into A-03 at U21–U24 on 1 March: free today, but not free to place into.
  input.growth!.deployments = [
    { kind: 'servers', date: '2026-03-01', rack: 'A-03', model: 'big', uPosition: 21, count: 2 },
  ]
  const hall = parseScenario(input)

  it('holds the units a later deployment takes, and only those', () => {
    const taken = occupiedFrom(hall, hall.startEpochS)
    // U1–10 by its servers, U21–24 from March; free U11–20 and U25–42.
    expect(freeRuns(taken.get('A-03')!, 42)).toEqual([
      { fromU: 11, lengthU: 10 },
      { fromU: 25, lengthU: 18 },
    ])
    expect(freeRuns(taken.get('A-05')!, 42)).toEqual([{ fromU: 11, lengthU: 32 }])
    // After March nothing is pending: the same units, now taken by the servers themselves.
    const later = occupiedFrom(hall, epochSOf('2026-04-01'))
    expect(freeRuns(later.get('A-03')!, 42)).toEqual(freeRuns(taken.get('A-03')!, 42))
  })

  it('stacks servers into the largest runs first and writes one deployment per run', () => {
    const runs = freeRuns(occupiedFrom(hall, hall.startEpochS).get('A-03')!, 42)
    // 2 U servers: ⌊10/2⌋ + ⌊18/2⌋ = 14; 1 U servers: 28; 3 U servers: 3 + 6 = 9.
    expect([slotsIn(runs, 2), slotsIn(runs, 1), slotsIn(runs, 3)]).toEqual([14, 28, 9])
    // Seven fit in U25–U42 alone (9 slots); eleven take all 9 there and 2 in U11–U20.
    const seven = stack('A-03', runs, 2, 7)!
    expect(seven.runs).toEqual([{ uPosition: 25, count: 7 }])
    const eleven = stack('A-03', runs, 2, 11)!
    expect(eleven.runs).toEqual([
      { uPosition: 11, count: 2 },
      { uPosition: 25, count: 9 },
    ])
    expect(stack('A-03', runs, 2, 15)).toBeNull()
    expect(deploymentsOf([eleven], 'big', '2026-01-01').map((c) => c.spec)).toEqual([
      { kind: 'servers', date: '2026-01-01', rack: 'A-03', model: 'big', uPosition: 11, count: 2 },
      { kind: 'servers', date: '2026-01-01', rack: 'A-03', model: 'big', uPosition: 25, count: 9 },
    ])
  })
})

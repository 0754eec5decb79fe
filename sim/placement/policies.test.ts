// Placement policies on three 8-core servers, one per rack: each placement worked out by hand.
import { describe, expect, it } from 'vitest'
import { allocate, createCluster, fits } from './cluster.ts'
import {
  bestFit,
  firstFit,
  placementPolicies,
  powerAware,
  spread,
  thermalAware,
  type PlacementContext,
  type PlacementPolicy,
} from './policies.ts'

const threeServers = () =>
  createCluster({
    serverCores: Uint16Array.of(8, 8, 8),
    serverMemoryGb: Float64Array.of(32, 32, 32),
    serverRack: Uint32Array.of(0, 1, 2),
  })

const ctxOf = (rackInletC: number[], rackPowerW: number[]): PlacementContext => ({
  rackInletC: Float64Array.from(rackInletC),
  rackPowerW: Float64Array.from(rackPowerW),
  serverRack: Uint32Array.of(0, 1, 2),
})

const flat = ctxOf([22, 22, 22], [1000, 1000, 1000])

// Places each job (cores, 1 GB) in turn and returns the servers chosen, -1 where nothing fit.
function placeAll(policy: PlacementPolicy, cores: number[], ctx = flat): number[] {
  const cluster = threeServers()
  return cores.map((c) => {
    const s = policy({ cores: c, memoryGb: 1 }, cluster, ctx)
    if (s >= 0) allocate(cluster, s, c, 1)
    return s
  })
}

describe('jobs of 4, 4, 8, 2 cores on 3 × 8 cores', () => {
  it('firstFit fills server 0, then 1, then 2', () => {
    // 4 → s0 (4 left), 4 → s0 (0 left), 8 → s1, 2 → s2.
    expect(placeAll(firstFit, [4, 4, 8, 2])).toEqual([0, 0, 1, 2])
  })

  it('bestFit packs the fullest server that still fits', () => {
    // 4: all leave 4, tie → s0. 4: s0 leaves 0 → s0. 8: s1 and s2 leave 0, tie → s1. 2: only s2.
    expect(placeAll(bestFit, [4, 4, 8, 2])).toEqual([0, 0, 1, 2])
  })

  it('spread takes the server with the most free cores', () => {
    // 4: tie at 8 → s0. 4: s1, s2 have 8 → s1. 8: s2 has 8 → s2. 2: s0 and s1 have 4, tie → s0.
    expect(placeAll(spread, [4, 4, 8, 2])).toEqual([0, 1, 2, 0])
  })

  it('powerAware consolidates on busy servers, then the rack drawing the least power', () => {
    // Racks at 3000, 1000, 2000 W. 4: all idle → s1 (1000 W). 4: s1 is busy and fits → s1.
    // 8: s1 full; idle s0 (3000 W), s2 (2000 W) → s2. 2: busy s1, s2 full → idle s0.
    expect(placeAll(powerAware, [4, 4, 8, 2], ctxOf([22, 22, 22], [3000, 1000, 2000]))).toEqual([1, 1, 2, 0])
  })

  it('powerAware prefers a busy server on a hot-power rack to an idle one on a cool rack', () => {
    // 2 → s1 (1000 W, all idle). Then rack 1 draws the most, but s1 is busy: 2 → s1 again.
    expect(placeAll(powerAware, [2, 2], ctxOf([22, 22, 22], [3000, 1000, 2000]))).toEqual([1, 1])
    expect(placeAll(powerAware, [2, 2], ctxOf([22, 22, 22], [3000, 1000, 500]))).toEqual([2, 2])
  })

  it('thermalAware picks the coolest inlet among servers that fit', () => {
    // Inlets 24, 22, 27 °C. 4 → s1 (22). 4 → s1. 8: s1 full, s0 (24) beats s2 (27) → s0. 2: only s2.
    expect(placeAll(thermalAware, [4, 4, 8, 2], ctxOf([24, 22, 27], [0, 0, 0]))).toEqual([1, 1, 0, 2])
  })

  it('thermalAware breaks equal inlets by lowest index', () => {
    expect(placeAll(thermalAware, [8, 8], ctxOf([25, 23, 23], [0, 0, 0]))).toEqual([1, 2])
  })
})

it('bestFit and firstFit part ways on 4, 6, 2', () => {
  // 4 → s0, 6 → s1 (s0 has 4). 2: firstFit takes s0; bestFit takes s1, which it leaves full.
  expect(placeAll(firstFit, [4, 6, 2])).toEqual([0, 1, 0])
  expect(placeAll(bestFit, [4, 6, 2])).toEqual([0, 1, 1])
})

it('every policy returns -1 when no server has the cores', () => {
  for (const policy of Object.values(placementPolicies)) {
    const servers = placeAll(policy, [8, 8, 8, 1])
    expect(servers.slice(0, 3).sort()).toEqual([0, 1, 2])
    expect(servers[3]).toBe(-1)
  }
})

it('every policy needs the memory to fit as well as the cores', () => {
  const cluster = createCluster({
    serverCores: Uint16Array.of(8, 8, 8),
    serverMemoryGb: Float64Array.of(16, 64, 16),
    serverRack: Uint32Array.of(0, 1, 2),
  })
  for (const policy of Object.values(placementPolicies)) {
    expect(policy({ cores: 2, memoryGb: 40 }, cluster, flat)).toBe(1)
    expect(policy({ cores: 2, memoryGb: 80 }, cluster, flat)).toBe(-1)
  }
})

it('no policy places on an inactive server', () => {
  const cluster = threeServers()
  cluster.active[0] = 0
  cluster.active[1] = 0
  expect(fits(cluster, 0, 1, 1)).toBe(false)
  for (const policy of Object.values(placementPolicies))
    expect(policy({ cores: 1, memoryGb: 1 }, cluster, flat)).toBe(2)
})

// sceneLayout: the static, serialisable description of a hall that the UI draws (positions, sizes, ids).
import type { Rack, Scenario } from '../scenario/types.ts'
import type { SnapshotLayout } from './snapshot.ts'
import { feedEntryOfRack } from '../model/powerChain/resolve.ts'

/** A box on the floor plan, as a rack has it: centre (xM, yM), widthM along its row, depthM front to back. */
export type FloorBox = Pick<Rack, 'xM' | 'yM' | 'widthM' | 'depthM' | 'heightM' | 'facing'>

const floorBox = (b: FloorBox): FloorBox => ({
  xM: b.xM,
  yM: b.yM,
  widthM: b.widthM,
  depthM: b.depthM,
  heightM: b.heightM,
  facing: b.facing,
})

export interface SceneLayout {
  name: string
  description: string
  startEpochS: number
  horizonS: number
  room: { widthM: number; depthM: number; heightM: number }
  /** Servers trip off at an inlet of tripInletC and restart below resetInletC (model/protection.ts). */
  protection: { tripInletC: number; resetInletC: number }
  aisles: Scenario['aisles']
  /** ashraeClass: the rack's own equipment class, else the room's (what its inlet is judged against). */
  racks: (FloorBox & {
    id: string
    /** The row it stands in: racks of a row are labelled together and may face an aisle. */
    rowId: string
    serverCount: number
    powerBudgetKw: number
    ashraeClass: string
    /** PDUs feeding its A and B cords (null: no power chain, or single-corded for B). */
    pduA: string | null
    pduB: string | null
  })[]
  units: (FloorBox & { id: string; type: string; capacityKw: number })[]
  /** UPS systems and PDUs when the scenario has a power chain (empty otherwise). */
  power: {
    ups: { id: string; capacityKw: number; redundancy: string }[]
    pdus: { id: string; upsId: string; capacityKw: number }[]
  }
  snapshot: SnapshotLayout
}

export function sceneLayout(scenario: Scenario, snapshot: SnapshotLayout): SceneLayout {
  const chain = scenario.powerChain
  const feedOf = chain
    ? feedEntryOfRack(
        chain,
        scenario.racks.map((r) => r.id),
      )
    : undefined
  const feed = (i: number) => (chain && feedOf && feedOf[i] >= 0 ? chain.feeds[feedOf[i]] : undefined)
  return {
    name: scenario.name,
    description: scenario.description,
    startEpochS: scenario.startEpochS,
    horizonS: scenario.horizonS,
    room: { widthM: scenario.room.widthM, depthM: scenario.room.depthM, heightM: scenario.room.heightM },
    protection: { tripInletC: scenario.room.serverTripInletC, resetInletC: scenario.room.serverResetInletC },
    aisles: scenario.aisles,
    racks: scenario.racks.map((r, i) => ({
      id: r.id,
      rowId: r.rowId,
      ...floorBox(r),
      serverCount: r.servers.length,
      powerBudgetKw: r.powerBudgetKw,
      ashraeClass: r.ashraeClass ?? scenario.room.ashraeClass,
      pduA: feed(i)?.pduA ?? null,
      pduB: feed(i)?.pduB ?? null,
    })),
    units: scenario.coolingUnits.map((u) => ({
      id: u.id,
      type: u.type,
      ...floorBox(u),
      capacityKw: u.capacityKw,
    })),
    power: {
      ups: (scenario.powerChain?.upsSystems ?? []).map((u) => ({
        id: u.id,
        capacityKw: u.capacityKw,
        redundancy: u.redundancy,
      })),
      pdus: (scenario.powerChain?.pdus ?? []).map((p) => ({
        id: p.id,
        upsId: p.upsId,
        capacityKw: p.capacityKw,
      })),
    },
    snapshot,
  }
}

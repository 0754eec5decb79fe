// sceneLayout: the static, serialisable description of a hall that the UI draws (positions, sizes, ids).
import type { Scenario } from '../scenario/types.ts'
import type { SnapshotLayout } from './snapshot.ts'

export interface SceneLayout {
  name: string
  description: string
  startEpochS: number
  horizonS: number
  room: { widthM: number; depthM: number; heightM: number }
  aisles: Scenario['aisles']
  racks: {
    id: string
    xM: number
    yM: number
    widthM: number
    depthM: number
    heightM: number
    facing: string
    serverCount: number
    powerBudgetKw: number
  }[]
  units: {
    id: string
    type: string
    xM: number
    yM: number
    widthM: number
    depthM: number
    heightM: number
    facing: string
    capacityKw: number
  }[]
  /** UPS systems and PDUs when the scenario has a power chain (empty otherwise). */
  power: {
    ups: { id: string; capacityKw: number; redundancy: string }[]
    pdus: { id: string; upsId: string; capacityKw: number }[]
  }
  snapshot: SnapshotLayout
}

export function sceneLayout(scenario: Scenario, snapshot: SnapshotLayout): SceneLayout {
  return {
    name: scenario.name,
    description: scenario.description,
    startEpochS: scenario.startEpochS,
    horizonS: scenario.horizonS,
    room: { widthM: scenario.room.widthM, depthM: scenario.room.depthM, heightM: scenario.room.heightM },
    aisles: scenario.aisles,
    racks: scenario.racks.map((r) => ({
      id: r.id,
      xM: r.xM,
      yM: r.yM,
      widthM: r.widthM,
      depthM: r.depthM,
      heightM: r.heightM,
      facing: r.facing,
      serverCount: r.servers.length,
      powerBudgetKw: r.powerBudgetKw,
    })),
    units: scenario.coolingUnits.map((u) => ({
      id: u.id,
      type: u.type,
      xM: u.xM,
      yM: u.yM,
      widthM: u.widthM,
      depthM: u.depthM,
      heightM: u.heightM,
      facing: u.facing,
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

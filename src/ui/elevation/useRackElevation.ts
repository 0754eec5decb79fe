// The open rack's elevation from the hall's document, worked out again only when the document changes.
import { useMemo } from 'react'
import { parseScenario } from '../../../sim/index.ts'
import type { Scenario } from '../../../sim/index.ts'
import { useHall } from '../../state/hall.ts'
import { rackElevation } from './rackElevation.ts'
import type { RackElevation } from './rackElevation.ts'

export type ElevationView = { elevation: RackElevation } | { problem: string }

/**
 * Expands the hall's document (25–100 ms for large-hall.json here, once per edit while the panel is open): the
 * document holds rack groups with counts, the expansion the racks by id with their servers.
 */
export function useHallScenario(): Scenario | string {
  const doc = useHall((s) => s.doc)
  const source = useHall((s) => s.source)
  return useMemo(() => {
    if (!doc) return 'no hall is open yet'
    try {
      return parseScenario(doc, source)
    } catch (error) {
      return (error as Error).message
    }
  }, [doc, source])
}

export function useRackElevation(rackId: string): ElevationView {
  const scenario = useHallScenario()
  return useMemo(() => {
    if (typeof scenario === 'string') return { problem: scenario }
    const elevation = rackElevation(scenario, rackId)
    return elevation ? { elevation } : { problem: `the hall has no rack ${rackId} any more` }
  }, [scenario, rackId])
}

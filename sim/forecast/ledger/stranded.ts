// Stranded capacity per rack: each resource's capacity for this rack's IT load in one unit (W); the smallest
// binds, and what the others hold above it is stranded (unusable here until the binding one grows).
import { coolingCapacityOf } from '../../model/coolingRedundancy.ts'
import type { World } from '../../model/world.ts'

export type RackResource = 'rackPower' | 'feed' | 'coolingShare' | 'rackSpace'

export interface RackCapacity {
  resource: RackResource
  /** The rack IT power this resource allows, W. */
  capacityW: number
  /** capacityW − the binding capacity, W, and as a share of capacityW, %. */
  strandedW: number
  strandedPct: number
}

export interface RackStranding {
  rackId: string
  usedW: number
  binding: RackResource
  /** The binding capacity less today's draw, W: what can still be added here. */
  headroomW: number
  resources: RackCapacity[]
}

/**
 * Per rack, in W of rack IT power:
 * - rackPower: its power budget;
 * - feed: what one feed may carry (the smaller breaker's continuous limit of an A/B pair; the single cord's);
 * - coolingShare: the cooling's design capacity (spares out) less the heat that is not IT (fans, lighting,
 *   PDU losses), shared among racks by power budget: the share provisioned for this rack;
 * - rackSpace: the rack full of servers drawing what its present ones draw per U (left out while it is empty).
 * The smallest binds; every other resource strands capacity − binding (Schneider WP 150's stranded capacity:
 * capacity the load cannot use because another resource at that spot runs out first).
 */
export function strandedByRack(world: World): RackStranding[] {
  const { scenario, electrical } = world
  const budgetsW = scenario.racks.reduce((sum, r) => sum + r.powerBudgetKw * 1000, 0)
  // Fans, lighting and PDU losses take their part of the cooling first; racks share what is left for IT.
  const cooling = coolingCapacityOf(world)
  const coolingW = Math.max(0, cooling.designCapacityW - (cooling.heatW - world.totals.itW))
  const chain = electrical.chain
  return scenario.racks.map((rack, i) => {
    const usedW = world.rackPowerW[i]
    const capacities: [RackResource, number][] = [['rackPower', rack.powerBudgetKw * 1000]]
    if (chain) {
      const a = chain.pduBreakerLimitW[chain.rackPduA[i]]
      const b = chain.rackPduB[i]
      capacities.push(['feed', b < 0 ? a : Math.min(a, chain.pduBreakerLimitW[b])])
    }
    capacities.push(['coolingShare', (coolingW * rack.powerBudgetKw * 1000) / budgetsW])
    let usedU = 0
    for (const server of rack.servers) usedU += scenario.serverModels[server.modelIndex].uHeight
    if (usedU > 0 && usedW > 0) capacities.push(['rackSpace', (rack.uHeight * usedW) / usedU])
    const [binding, bindingW] = capacities.reduce((min, c) => (c[1] < min[1] ? c : min))
    return {
      rackId: rack.id,
      usedW,
      binding,
      headroomW: bindingW - usedW,
      resources: capacities.map(([resource, capacityW]) => ({
        resource,
        capacityW,
        strandedW: capacityW - bindingW,
        strandedPct: capacityW > 0 ? (100 * (capacityW - bindingW)) / capacityW : 0,
      })),
    }
  })
}

// Cooling actions: units like the hall's largest added where they lower the hottest inlet most. For the hall's
// cooling line (heat against usable capacity) and the inlet lines (the hottest rack against its ASHRAE limit).
// docs/forecast.md#provisioning-advice
import type { CoolingUnitSpec } from '../../scenario/schema.ts'
import type { Scenario } from '../../scenario/types.ts'
import { scenarioAt } from '../growth/scenarioAt.ts'
import { createOperatingPoint } from '../ledger/index.ts'
import { applyChanges } from './applyChanges.ts'
import { epochOfMonth, facilityIds, kw, type ActionContext, type Outcome } from './context.ts'
import { scaleOf, segmentAt, worldAt, worstEntry } from './probe.ts'
import type { ScenarioChange } from './recommendation.ts'
import { hypot } from '../../math/portable.ts'

/** Candidate positions tried per unit: each costs one world built and settled. */
const CANDIDATES = 6
/** Least drop of the hottest inlet, K, for a unit to count as relieving it. */
const MIN_GAIN_K = 0.05
/** Positions along a wall, as eighths of its length. */
const STEPS = 8

interface Place {
  xM: number
  yM: number
  facing: CoolingUnitSpec['facing']
}

/**
 * Positions along each wall that already has a unit (units stand at the walls, as perimeter CRAHs do), at the
 * same distance from the wall as that unit, at eighths of the wall; none within 1.5 m of a unit. The CANDIDATES
 * nearest `near` (the hottest rack) are kept.
 */
export function candidatePlaces(scenario: Scenario, near: { xM: number; yM: number }): Place[] {
  const { widthM, depthM } = scenario.room
  const places: Place[] = []
  for (const unit of scenario.coolingUnits) {
    const gaps = [unit.xM, widthM - unit.xM, unit.yM, depthM - unit.yM]
    const wall = gaps.indexOf(Math.min(...gaps))
    for (let k = 1; k < STEPS; k++) {
      const along = wall < 2 ? (depthM * k) / STEPS : (widthM * k) / STEPS
      const place = wall < 2 ? { xM: unit.xM, yM: along } : { xM: along, yM: unit.yM }
      places.push({ ...place, facing: unit.facing })
    }
  }
  const free = places.filter(
    (p, i) =>
      scenario.coolingUnits.every((u) => hypot(u.xM - p.xM, u.yM - p.yM) >= 1.5) &&
      places.findIndex((q) => q.xM === p.xM && q.yM === p.yM) === i,
  )
  const distance = (p: Place) => hypot(p.xM - near.xM, p.yM - near.yM)
  return free.sort((a, b) => distance(a) - distance(b) || a.xM - b.xM || a.yM - b.yM).slice(0, CANDIDATES)
}

/** An id like the template's ("crah-4" after crah-1 … crah-3) that no unit has. */
function newUnitId(scenario: Scenario, template: CoolingUnitSpec, taken: Set<string>): string {
  const stem = template.id.replace(/\d+$/, '')
  for (let n = scenario.coolingUnits.length + 1; ; n++) {
    const id = `${stem}${n}`
    if (!taken.has(id)) return id
  }
}

/** The hottest inlet of racks with servers, °C, and where. */
function hottest(world: ReturnType<typeof worldAt>): { inletC: number; rack: number } {
  let best = { inletC: -Infinity, rack: -1 }
  for (let i = 0; i < world.rackCount; i++)
    if (world.rackServerCount[i] > 0 && world.rackInletC[i] > best.inletC)
      best = { inletC: world.rackInletC[i], rack: i }
  return best
}

/** Units to add: enough like the largest to cover the worst deficit on the p90 path (pairs at 2N), or the inlet's one. */
function unitsNeeded(ctx: ActionContext, capacityW: number): { count: number; why: string } {
  const worst = worstEntry(ctx.plan, ctx.line.id, ctx.month)
  const pairs = ctx.scenario.coolingRedundancy === '2N' ? 2 : 1
  if (ctx.line.kind !== 'cooling' || !worst)
    return {
      count: pairs * (1 + ctx.attempt),
      why: `the hottest inlet reaches ${worst?.entry.used.toFixed(1)} °C`,
    }
  const deficitW = Math.max(0, -worst.entry.margin)
  const count = pairs * (Math.max(1, Math.ceil(deficitW / capacityW)) + ctx.attempt)
  return {
    count,
    why: `the heat reaches ${kw(worst.entry.used)} against ${kw(worst.entry.designLimit)} usable at month ${worst.month.toFixed(0)} on the p90 path`,
  }
}

/** addCoolingUnit: units like the largest, placed one by one at the candidate with the lowest hottest inlet. */
export function adviseCooling(ctx: ActionContext): Outcome {
  const { scenario, plan } = ctx
  const template = scenario.coolingUnits.reduce((a, b) => (b.capacityKw > a.capacityKw ? b : a))
  const need = unitsNeeded(ctx, template.capacityKw * 1000)
  // Judged where it matters most: the last month, on the p90 path, with the inventory of then.
  const month = plan.months
  const segment = segmentAt(plan, month)
  const epochS = epochOfMonth(plan, segment.fromMonth) + segment.profile.peakAtS
  const scale = scaleOf(plan, month)
  const hot = hottest(worldAt(plan, month))
  const hotRack = segment.scenario.racks[hot.rack]
  const taken = facilityIds(scenario)
  const changes: ScenarioChange[] = []
  const placed: string[] = []
  // Trials judge inlets only: at 2N a single unit of a pair would make an odd count the redundancy check refuses.
  let current: Scenario = { ...scenario, coolingRedundancy: 'N' }
  for (let k = 0; k < need.count; k++) {
    const id = newUnitId(scenario, template, taken)
    taken.add(id)
    let best: { change: ScenarioChange; inletC: number; at: string } | null = null
    for (const place of candidatePlaces(scenarioAt(current, epochOfMonth(plan, month)), hotRack)) {
      const unit = { ...template, id, ...place }
      const change: ScenarioChange = {
        into: 'deployments',
        spec: { kind: 'coolingUnit', date: ctx.date, unit },
      }
      const asOf = scenarioAt(applyChanges(current, [change]), epochOfMonth(plan, month))
      const world = createOperatingPoint(asOf, segment.profile.utilization, epochS).settle(scale)
      const inletC = hottest(world).inletC
      if (!best || inletC < best.inletC - 1e-9) best = { change, inletC, at: `(${place.xM}, ${place.yM}) m` }
    }
    if (!best) return { unresolved: `no free position for a cooling unit along the walls the units stand at` }
    // An inlet set by recirculation (exhaust returning to the rack's own and its neighbours' fronts) does not
    // fall with more supply air: say so rather than order units the re-run would not verify.
    if (ctx.line.kind !== 'cooling' && k === 0 && best.inletC > hot.inletC - MIN_GAIN_K)
      return {
        unresolved:
          `${need.why} at ${hotRack.id}, and no unit at any of the candidate positions lowers it ` +
          `(best ${best.inletC.toFixed(2)} °C against ${hot.inletC.toFixed(2)} °C): the inlet is set by ` +
          `recirculation, not by the units' capacity; containment, blanking or less load in that rack is the remedy`,
      }
    changes.push(best.change)
    current = applyChanges(current, [best.change])
    placed.push(`${id} at ${best.at} (hottest inlet ${best.inletC.toFixed(1)} °C at month ${month})`)
  }
  return {
    action: 'addCoolingUnit',
    target:
      placed.length > 0 ? changes.map((c) => (c.spec as { unit: { id: string } }).unit.id).join(', ') : '',
    changes,
    detail:
      `${need.why}; ${changes.length} × ${template.capacityKw} kW ${template.type.toUpperCase()} like ${template.id}: ` +
      `${placed.join('; ')}, each the best of up to ${CANDIDATES} wall positions nearest the hottest rack ${hotRack.id} ` +
      `(${hot.inletC.toFixed(1)} °C before)`,
  }
}

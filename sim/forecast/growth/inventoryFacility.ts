// One dated facility change applied to copies of the hall's cooling units, power chain and rack budgets: a cooling
// unit installed, UPS modules added, a PDU installed, racks moved to other PDUs, rack budgets or supply setpoints
// set. What provisioning advice orders (docs/forecast.md#provisioning-advice); problems name the change's path.
import type { DeploymentSpec } from '../../scenario/growthSchema.ts'
import type { CoolingUnitSpec } from '../../scenario/schema.ts'
import type { Rack, Scenario } from '../../scenario/types.ts'
import type { PowerChainSpec } from '../../model/powerChain/spec.ts'
import { checkPowerChainSpec } from '../../model/powerChain/resolve.ts'
import { jsonPath } from '../../scenario/parse.ts'
import { MAX_ZONED_UNITS } from '../../scenario/rules.ts'

type Report = (path: PropertyKey[], message: string) => void

export type FacilityDeploymentSpec = Exclude<DeploymentSpec, { kind: 'servers' | 'racks' | 'row' }>

/** The parts of a hall a facility change edits, copied so the frozen scenario is never touched. */
export interface Facility {
  coolingUnits: CoolingUnitSpec[]
  powerChain?: PowerChainSpec
}

/** What the checks read besides the facility: the room and the cooling design. */
export type FacilityContext = Pick<Scenario, 'room' | 'coolingRedundancy'> &
  Partial<Pick<Scenario, 'electrical'>>

export const isFacilityChange = (change: DeploymentSpec): change is FacilityDeploymentSpec =>
  !['servers', 'racks', 'row'].includes(change.kind)

export function facilityOf(scenario: Pick<Scenario, 'coolingUnits'> & Partial<Pick<Scenario, 'powerChain'>>) {
  const chain = scenario.powerChain
  const facility: Facility = { coolingUnits: scenario.coolingUnits.map((u) => ({ ...u })) }
  if (chain)
    facility.powerChain = {
      upsSystems: chain.upsSystems.map((u) => ({ ...u })),
      pdus: chain.pdus.map((p) => ({ ...p })),
      feeds: chain.feeds.map((f) => ({ ...f })),
    }
  return facility
}

/** The power chain a change needs, or a report saying the scenario describes a single UPS instead. */
function chainOf(facility: Facility, scenario: FacilityContext, path: PropertyKey[], report: Report) {
  if (!facility.powerChain)
    report(
      path,
      scenario.electrical
        ? 'the scenario has a single UPS (electrical): describe it as a powerChain to add modules, PDUs or feeds'
        : 'the scenario has no powerChain',
    )
  return facility.powerChain
}

/** Applies one facility change; `racks` are the hall's racks as of its date (rack budgets are set on them). */
export function deployFacility(
  facility: Facility,
  racks: Rack[],
  change: FacilityDeploymentSpec,
  path: PropertyKey[],
  scenario: FacilityContext,
  report: Report,
): void {
  const on = change.date
  // The unit count against the redundancy design is checked in applyInventory, once a date's units are in.
  if (change.kind === 'coolingUnit') {
    const { unit } = change
    if (facility.coolingUnits.some((u) => u.id === unit.id))
      return report([...path, 'unit', 'id'], `a cooling unit "${unit.id}" is already in the hall on ${on}`)
    const { widthM, depthM } = scenario.room
    if (unit.xM > widthM || unit.yM > depthM)
      return report(
        [...path, 'unit'],
        `unit "${unit.id}" at (${unit.xM}, ${unit.yM}) m lies outside the ${widthM} × ${depthM} m room`,
      )
    facility.coolingUnits.push({ ...unit })
    const count = facility.coolingUnits.length
    if (scenario.room.airZones === 'perUnit' && count > MAX_ZONED_UNITS)
      report(path, `'perUnit' zones take at most ${MAX_ZONED_UNITS} cooling units, this makes ${count}`)
    return
  }
  if (change.kind === 'supplySetpoint') {
    const ids = change.units ?? facility.coolingUnits.map((u) => u.id)
    ids.forEach((unitId, i) => {
      const unit = facility.coolingUnits.find((u) => u.id === unitId)
      if (!unit) report([...path, 'units', i], `no cooling unit "${unitId}" is in the hall on ${on}`)
      else unit.supplySetpointC = change.supplySetpointC
    })
    return
  }
  if (change.kind === 'rackBudget') {
    change.racks.forEach((rackId, i) => {
      const rack = racks.find((r) => r.id === rackId)
      if (!rack) report([...path, 'racks', i], `no rack "${rackId}" is in the hall on ${on}`)
      else rack.powerBudgetKw = change.powerBudgetKw
    })
    return
  }
  const chain = chainOf(facility, scenario, path, report)
  if (!chain) return
  const rackIds = racks.map((r) => r.id)
  const before = new Set(chainProblems(chain, rackIds))
  if (change.kind === 'upsModules') {
    const ups = chain.upsSystems.find((u) => u.id === change.ups)
    if (!ups) return report([...path, 'ups'], `no UPS system "${change.ups}" is in the power chain on ${on}`)
    const modules = ups.moduleCount + change.modules
    if (modules > 64)
      return report([...path, 'modules'], `"${ups.id}" would have ${modules} modules, at most 64`)
    ups.capacityKw = (ups.capacityKw / ups.moduleCount) * modules
    ups.moduleCount = modules
  } else if (change.kind === 'pdu') chain.pdus.push({ ...change.pdu })
  else chain.feeds.unshift({ ...change.feed })
  // The chain as changed must still be one the engine accepts (ids unique and known, every pattern matching a
  // rack): what this change broke is reported at its path, what was wrong before it where that was reported.
  for (const problem of chainProblems(chain, rackIds)) if (!before.has(problem)) report(path, problem)
}

function chainProblems(chain: PowerChainSpec, rackIds: readonly string[]): string[] {
  const problems: string[] = []
  checkPowerChainSpec(chain, rackIds, (at, message) =>
    problems.push(`${jsonPath(['powerChain', ...at]).slice(2)}: ${message}`),
  )
  return problems
}

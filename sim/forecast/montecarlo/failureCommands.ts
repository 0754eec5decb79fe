// Sampled failures as the engine's own commands, so a forecast settles a failed asset exactly as a what-if
// (--fail) or a scenario event would. docs/forecast.md#monte-carlo-seeds-failures-quantiles-workers-and-shards
import type { Command } from '../../commands.ts'
import type { Scenario } from '../../scenario/types.ts'
import { chillerPlantOf, type FailingAsset } from './failures.ts'

const MODULE_ID = /^(.*)\/module-(\d+)$/

/**
 * The commands that put `down` out of service in `scenario`'s inventory, in the order given:
 * - a cooling unit → failCoolingUnit;
 * - UPS module `<ups>/module-<k>` → failUpsModule of that UPS (one module each, so k modules down take k);
 * - a PDU → failPowerAsset;
 * - a chiller → failCoolingUnit of every CRAH once more chillers are down than reliability.chillerSpares (0
 *   by default): the engine has no chiller command and models one chiller, so without it no CRAH coil has
 *   chilled water. Neither the economiser nor thermal storage is credited, nor what the chillers still running
 *   deliver when a plant of several duty chillers is short of one (conservative).
 * Assets the inventory does not hold (a unit not yet deployed, a module past the UPS's count) give nothing, and
 * a unit down twice (itself and through the chiller) is failed once.
 */
export function failureCommandsOf(
  scenario: Pick<Scenario, 'coolingUnits' | 'powerChain' | 'reliability'>,
  down: readonly FailingAsset[],
): Command[] {
  const commands: Command[] = []
  const { spares } = chillerPlantOf(scenario)
  let chillersDown = 0
  const unitsDown = new Set<string>()
  const failUnit = (unitId: string) => {
    if (unitsDown.has(unitId)) return
    unitsDown.add(unitId)
    commands.push({ type: 'failCoolingUnit', unitId })
  }
  const chain = scenario.powerChain
  for (const asset of down) {
    switch (asset.kind) {
      case 'coolingUnit':
        if (scenario.coolingUnits.some((u) => u.id === asset.id)) failUnit(asset.id)
        break
      case 'chiller':
        if (++chillersDown > spares)
          for (const unit of scenario.coolingUnits) if (unit.type === 'crah') failUnit(unit.id)
        break
      case 'upsModule': {
        const match = MODULE_ID.exec(asset.id)
        const ups = match && chain?.upsSystems.find((u) => u.id === match[1])
        if (ups && Number(match[2]) <= ups.moduleCount)
          commands.push({ type: 'failUpsModule', upsId: ups.id })
        break
      }
      case 'pdu':
        if (chain?.pdus.some((p) => p.id === asset.id))
          commands.push({ type: 'failPowerAsset', assetId: asset.id })
        break
    }
  }
  return commands
}

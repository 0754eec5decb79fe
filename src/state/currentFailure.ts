// Which recorded failure still holds: the newest whose asset is still down. After "Restore all" none does, and
// the time-to-limit table must stop showing a failure that is over (docs/views.md#after-restore-all).
import type { FailureRecord, SceneLayout } from '../../sim/index.ts'
import { targetIdOf } from './targets.ts'

/**
 * The newest failure in `failures` whose asset is still down: a cooling unit not running (unitRunning from the
 * snapshot), a UPS system or PDU in `powerDown`. A UPS module failure holds while its UPS is listed at all
 * (modules are restored one by one, not tracked here), so it never hides a failure that is over.
 */
export function currentFailure(
  failures: readonly FailureRecord[],
  layout: SceneLayout | null,
  unitRunning: readonly boolean[],
  powerDown: readonly string[],
): FailureRecord | undefined {
  for (let k = failures.length - 1; k >= 0; k--) {
    const record = failures[k]
    const id = targetIdOf(record.command)
    switch (record.command.type) {
      case 'failCoolingUnit': {
        const j = layout?.units.findIndex((u) => u.id === id) ?? -1
        if (j >= 0 && unitRunning[j] === false) return record
        break
      }
      case 'failPowerAsset':
        if (powerDown.includes(id)) return record
        break
      case 'failUpsModule':
        return record
    }
  }
  return undefined
}

// The SceneLayout the worker builds for a shipped scenario, for scene tests that check numbers by hand.
import { readFileSync } from 'node:fs'
import { parseScenarioText, sceneLayout, snapshotLayout } from '../../../sim/index.ts'
import type { SceneLayout } from '../../../sim/index.ts'

export function shippedLayout(name: string): SceneLayout {
  const url = new URL(`../../../scenarios/${name}.json`, import.meta.url)
  const scenario = parseScenarioText(readFileSync(url, 'utf8'), `${name}.json`)
  return sceneLayout(scenario, snapshotLayout(scenario.racks.length, scenario.coolingUnits.length))
}

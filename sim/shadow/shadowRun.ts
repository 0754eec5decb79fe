// Shadow mode: measured rack power and inlet temperatures beside the twin's, with MAPE and anomaly flags.
import type { Channel } from '../telemetry/longCsv.ts'
import type { World } from '../model/world.ts'
import { createErrorTracker } from './error.ts'
import { createAnomalyDetector } from './anomaly.ts'
import type { AnomalyDetector, AnomalyEvent } from './anomaly.ts'

/** The metrics the twin simulates per rack and can therefore be judged on. */
const COMPARED = ['power', 'inlet_temperature'] as const

/**
 * Flag margins, sustained for 15 minutes: 2 K on an inlet (beyond a typical sensor's ±0.5–1 K) and 10 % on
 * rack power. Assumptions for a first calibration, stated in the report.
 */
const MARGINS = {
  inlet_temperature: { marginAbs: 2, forS: 900 },
  power: { marginPct: 10, forS: 900 },
} as const

export interface ShadowEvent extends AnomalyEvent {
  asset: string
  metric: string
}

export interface ShadowReport {
  /** Mean absolute percentage error of the twin per metric, % (NaN: nothing compared). */
  mapePct: Record<string, number>
  compared: Record<string, number>
  /** Channels whose asset is not a rack of the scenario, or whose metric the twin does not produce. */
  ignoredChannels: string[]
  anomalies: ShadowEvent[]
}

/**
 * Compares each measured channel with the twin at every physics tick: the newest reading at or before the
 * tick against the simulated rack value then. Readings are Unix seconds; `startEpochS` maps them to run time.
 */
export function createShadow(world: World, channels: readonly Channel[], startEpochS: number) {
  const rackIndex = new Map(world.scenario.racks.map((r, i) => [r.id, i]))
  const errors = createErrorTracker([...COMPARED])
  const anomalies: ShadowEvent[] = []
  const ignoredChannels: string[] = []
  const live: { channel: Channel; rack: number; next: number; detector: AnomalyDetector }[] = []
  for (const channel of channels) {
    const rack = rackIndex.get(channel.asset)
    if (rack === undefined || !(COMPARED as readonly string[]).includes(channel.metric)) {
      if (channel.metric !== 'cpu_utilization') ignoredChannels.push(`${channel.asset}/${channel.metric}`)
      continue
    }
    const margin = MARGINS[channel.metric as (typeof COMPARED)[number]]
    live.push({ channel, rack, next: 0, detector: createAnomalyDetector(margin) })
  }
  return {
    /** Call after each physics tick's settle at run time `nowS`. */
    compare(nowS: number): void {
      const epochS = startEpochS + nowS
      for (const c of live) {
        const { timesS, values } = c.channel
        while (c.next < timesS.length && timesS[c.next] <= epochS) c.next++
        if (c.next === 0 || epochS - timesS[c.next - 1] > 600) continue // no reading in the last 10 minutes
        const measured = values[c.next - 1]
        const simulated = c.channel.metric === 'power' ? world.rackPowerW[c.rack] : world.rackInletC[c.rack]
        errors.add(c.channel.metric, measured, simulated)
        const event = c.detector.update(nowS, measured, simulated)
        if (event) anomalies.push({ ...event, asset: c.channel.asset, metric: c.channel.metric })
      }
    },
    report(): ShadowReport {
      return {
        mapePct: Object.fromEntries(COMPARED.map((m) => [m, errors.mapePct(m)])),
        compared: Object.fromEntries(COMPARED.map((m) => [m, errors.count(m)])),
        ignoredChannels,
        anomalies,
      }
    },
  }
}

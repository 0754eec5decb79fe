// Shadow mode: measured rack and cooling-unit values beside the twin's, with MAPE and anomaly flags.
import type { Channel } from '../traces/longCsv.ts'
import type { Metric } from '../traces/series.ts'
import type { World } from '../model/world.ts'
import type { ShadowSpec } from '../scenario/shadowSchema.ts'
import { createErrorTracker } from './error.ts'
import { createAnomalyDetector } from './anomaly.ts'
import type { AnomalyDetector, AnomalyEvent } from './anomaly.ts'
import { marginOf, SHADOW_METRICS, shadowTarget } from './targets.ts'
import type { ShadowTarget } from './targets.ts'

/** A reading older than this is no longer compared: the sensor has gone quiet, s. */
const STALE_S = 600
/** Anomaly events kept for the status a UI polls (the report keeps them all). */
const RECENT_EVENTS = 50

export interface ShadowEvent extends AnomalyEvent {
  asset: string
  metric: string
}

export interface ShadowReport {
  /** Mean absolute percentage error of the twin per metric measured, % (NaN: nothing compared yet). */
  mapePct: Record<string, number>
  compared: Record<string, number>
  /** Channels whose asset is not a rack or cooling unit of the scenario, or whose metric it does not simulate. */
  ignoredChannels: string[]
  anomalies: ShadowEvent[]
}

/** One sensor now, for a panel that polls: the newest reading beside the twin's value at the last tick. */
export interface SensorStatus {
  asset: string
  metric: Metric
  kind: 'rack' | 'unit'
  index: number
  measured: number
  simulated: number
  /** Time of the reading compared last, s since the run started. */
  measuredAtS: number
  mapePct: number
  raised: boolean
}

/** The report's totals, plus each sensor now and only the latest flags (a panel polls this at ~2 Hz). */
export interface ShadowStatus extends Omit<ShadowReport, 'anomalies'> {
  sensors: SensorStatus[]
  /** The latest anomaly raises and clears, newest last. */
  recent: ShadowEvent[]
  raisedNow: number
  /** The scenario's margins the flags use. */
  margins: ShadowSpec
}

interface Sensor {
  asset: string
  metric: Metric
  target: ShadowTarget
  detector: AnomalyDetector
  /** A recorded channel's readings in time order, Unix s, and the first not yet reached; none when live. */
  recorded: { timesS: Float64Array; values: Float64Array; next: number } | undefined
  /** Unix time of the newest live reading accepted, s (−∞ before any). */
  queuedS: number
  last: { measured: number; simulated: number; atS: number } | undefined
}

/**
 * Compares each recorded channel with the twin at every physics tick: the newest reading at or before the
 * tick against the simulated value then. A live reading is compared once, at its own time, against the
 * twin's value then (`acceptLive` when it arrives, `compareLive` at its time). Readings are Unix seconds;
 * `startEpochS` maps them to run time.
 */
export function createShadow(world: World, startEpochS: number) {
  const sensors = new Map<string, Sensor>()
  const errors = createErrorTracker(SHADOW_METRICS)
  const perSensor = new Map<string, ReturnType<typeof createErrorTracker>>()
  const anomalies: ShadowEvent[] = []
  const ignored = new Set<string>()

  function sensorOf(asset: string, metric: Metric, recorded?: Channel): Sensor | undefined {
    const key = `${asset}\n${metric}`
    const known = sensors.get(key)
    if (known) return known
    const target = shadowTarget(world, asset, metric)
    if (!target) {
      if (metric !== 'cpu_utilization') ignored.add(`${asset}/${metric}`)
      return undefined
    }
    const sensor: Sensor = {
      asset,
      metric,
      target,
      detector: createAnomalyDetector(marginOf(metric, world.scenario.shadow)),
      recorded: recorded && { timesS: recorded.timesS, values: recorded.values, next: 0 },
      queuedS: -Infinity,
      last: undefined,
    }
    sensors.set(key, sensor)
    perSensor.set(key, createErrorTracker([metric]))
    return sensor
  }

  /** One (measured, simulated-now) pair for a sensor: error, status and anomaly flag. */
  function judge(key: string, measured: number, measuredAtS: number, nowS: number) {
    const s = sensors.get(key)!
    const simulated = s.target.simulated(world)
    errors.add(s.metric, measured, simulated)
    perSensor.get(key)!.add(s.metric, measured, simulated)
    s.last = { measured, simulated, atS: measuredAtS }
    const event = s.detector.update(nowS, measured, simulated)
    if (event) anomalies.push({ ...event, asset: s.asset, metric: s.metric })
  }

  const metricsSeen = () => SHADOW_METRICS.filter((m) => [...sensors.values()].some((s) => s.metric === m))

  function report(): ShadowReport {
    const metrics = metricsSeen()
    return {
      mapePct: Object.fromEntries(metrics.map((m) => [m, errors.mapePct(m)])),
      compared: Object.fromEntries(metrics.map((m) => [m, errors.count(m)])),
      ignoredChannels: [...ignored],
      anomalies: [...anomalies],
    }
  }

  return {
    /** Recorded channels (a long CSV): each becomes one sensor, or is listed as ignored. */
    addRecorded(channels: readonly Channel[]): void {
      for (const channel of channels) sensorOf(channel.asset, channel.metric, channel)
    },
    /**
     * Whether a live reading at Unix `timeS` will be compared: false when no rack or unit simulates it, or
     * when it is not newer than the sensor's last (a resent or out-of-order sample, dropped).
     */
    acceptLive(asset: string, metric: Metric, timeS: number): boolean {
      const sensor = sensorOf(asset, metric)
      if (!sensor || sensor.recorded || !(timeS > sensor.queuedS)) return false
      sensor.queuedS = timeS
      return true
    },
    /** Compares an accepted live reading with the twin; call at run time `nowS`, the reading's time. */
    compareLive(asset: string, metric: Metric, value: number, nowS: number): void {
      judge(`${asset}\n${metric}`, value, nowS, nowS)
    },
    /** Call after each physics tick's settle at run time `nowS`. */
    compare(nowS: number): void {
      const epochS = startEpochS + nowS
      for (const [key, { recorded: r }] of sensors) {
        if (!r) continue
        while (r.next < r.timesS.length && r.timesS[r.next] <= epochS) r.next++
        if (r.next === 0 || epochS - r.timesS[r.next - 1] > STALE_S) continue
        judge(key, r.values[r.next - 1], r.timesS[r.next - 1] - startEpochS, nowS)
      }
    },
    /** Whether any channel is being compared (or was ignored): a report has something to say. */
    get active() {
      return sensors.size > 0 || ignored.size > 0
    },
    report,
    status(): ShadowStatus {
      const { mapePct, compared, ignoredChannels } = report()
      const list: SensorStatus[] = []
      for (const [key, s] of sensors) {
        if (!s.last) continue
        const { kind, index } = s.target
        const { measured, simulated, atS: measuredAtS } = s.last
        const mape = perSensor.get(key)!.mapePct(s.metric)
        list.push({
          asset: s.asset,
          metric: s.metric,
          kind,
          index,
          measured,
          simulated,
          measuredAtS,
          mapePct: mape,
          raised: s.detector.raised,
        })
      }
      const raisedNow = list.filter((s) => s.raised).length
      return {
        mapePct,
        compared,
        sensors: list,
        recent: anomalies.slice(-RECENT_EVENTS),
        raisedNow,
        ignoredChannels,
        margins: world.scenario.shadow,
      }
    },
  }
}

export type Shadow = ReturnType<typeof createShadow>

// Shadow mode: measured rack and cooling-unit values beside the twin's, with MAPE and anomaly flags.
import type { Channel } from '../telemetry/longCsv.ts'
import type { Metric } from '../telemetry/series.ts'
import type { World } from '../model/world.ts'
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

export interface ShadowStatus {
  mapePct: Record<string, number>
  compared: Record<string, number>
  sensors: SensorStatus[]
  /** The latest anomaly raises and clears, newest last. */
  recent: ShadowEvent[]
  raisedNow: number
  ignoredChannels: string[]
}

interface Sensor {
  asset: string
  metric: Metric
  target: ShadowTarget
  detector: AnomalyDetector
  /** Readings in time order, Unix s; recorded ones fixed, live ones appended. */
  timesS: ArrayLike<number> & { length: number }
  values: ArrayLike<number>
  next: number
  last: { measured: number; simulated: number; atS: number } | undefined
}

/**
 * Compares each measured channel with the twin at every physics tick: the newest reading at or before the
 * tick against the simulated value then. Readings are Unix seconds; `startEpochS` maps them to run time.
 * Recorded channels are given whole; live readings are added one by one in time order (`addReading`).
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
      detector: createAnomalyDetector(marginOf(metric)),
      timesS: recorded ? recorded.timesS : [],
      values: recorded ? recorded.values : [],
      next: 0,
      last: undefined,
    }
    sensors.set(key, sensor)
    perSensor.set(key, createErrorTracker([metric]))
    return sensor
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
     * One live reading at Unix `timeS`. Returns false when no rack or unit simulates it, or when it is not
     * newer than the sensor's last reading (a resent or out-of-order sample, dropped).
     */
    addReading(asset: string, metric: Metric, timeS: number, value: number): boolean {
      const sensor = sensorOf(asset, metric)
      if (!sensor || !Array.isArray(sensor.timesS)) return false
      const times = sensor.timesS as number[]
      if (times.length > 0 && !(timeS > times[times.length - 1])) return false
      times.push(timeS)
      ;(sensor.values as number[]).push(value)
      return true
    },
    /** Call after each physics tick's settle at run time `nowS`. */
    compare(nowS: number): void {
      const epochS = startEpochS + nowS
      for (const [key, s] of sensors) {
        while (s.next < s.timesS.length && s.timesS[s.next] <= epochS) s.next++
        if (s.next === 0 || epochS - s.timesS[s.next - 1] > STALE_S) continue
        const measured = s.values[s.next - 1]
        const simulated = s.target.simulated(world)
        errors.add(s.metric, measured, simulated)
        perSensor.get(key)!.add(s.metric, measured, simulated)
        s.last = { measured, simulated, atS: s.timesS[s.next - 1] - startEpochS }
        const event = s.detector.update(nowS, measured, simulated)
        if (event) anomalies.push({ ...event, asset: s.asset, metric: s.metric })
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
      }
    },
  }
}

export type Shadow = ReturnType<typeof createShadow>

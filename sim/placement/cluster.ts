// Cluster state for placement: per-server capacity and use as structure-of-arrays, indexed by server id.

/** Static capacity of each server, indexed by dense server id (the World's server order). */
export interface ClusterSpec {
  serverCores: Uint16Array | Float64Array
  serverMemoryGb: Float64Array
  serverRack: Uint32Array
}

/**
 * Capacity and allocation per server. The arrays are the state itself: policies read them, and only
 * `allocate`/`release` (through the scheduler) and `applyActiveCount` (autoscaler) write them.
 */
export interface Cluster {
  readonly serverCount: number
  /** Cores per server (a copy of the spec, so later edits to the spec don't leak in). */
  readonly cores: Float64Array
  readonly memoryGb: Float64Array
  readonly serverRack: Uint32Array
  readonly usedCores: Float64Array
  readonly usedMemoryGb: Float64Array
  /** Jobs running on each server. */
  readonly jobCount: Uint32Array
  /** 1 when the server takes new jobs, 0 when the autoscaler has switched it off. All start active. */
  readonly active: Uint8Array
  /** Writes usedCores / cores (0..1; 0 for a zero-core server) per server into `out` and returns it. */
  utilization(out: Float64Array): Float64Array
}

/** Builds an empty, fully active cluster; throws if the spec arrays differ in length or hold negatives. */
export function createCluster(spec: ClusterSpec): Cluster {
  const n = spec.serverCores.length
  if (spec.serverMemoryGb.length !== n || spec.serverRack.length !== n) {
    throw new Error(
      `createCluster: serverCores (${n}), serverMemoryGb (${spec.serverMemoryGb.length}) and serverRack ` +
        `(${spec.serverRack.length}) must have one entry per server`,
    )
  }
  const cores = Float64Array.from(spec.serverCores)
  const memoryGb = Float64Array.from(spec.serverMemoryGb)
  for (let s = 0; s < n; s++) {
    if (!(cores[s] >= 0 && memoryGb[s] >= 0)) {
      throw new Error(`createCluster: server ${s} has cores ${cores[s]} and memory ${memoryGb[s]} GB`)
    }
  }
  const usedCores = new Float64Array(n)
  return {
    serverCount: n,
    cores,
    memoryGb,
    serverRack: Uint32Array.from(spec.serverRack),
    usedCores,
    usedMemoryGb: new Float64Array(n),
    jobCount: new Uint32Array(n),
    active: new Uint8Array(n).fill(1),
    utilization(out) {
      for (let s = 0; s < n; s++) out[s] = cores[s] > 0 ? usedCores[s] / cores[s] : 0
      return out
    },
  }
}

/** Whether server `s` is active and has `cores` and `memoryGb` free. */
export function fits(cluster: Cluster, s: number, cores: number, memoryGb: number): boolean {
  return (
    cluster.active[s] === 1 &&
    cluster.usedCores[s] + cores <= cluster.cores[s] &&
    cluster.usedMemoryGb[s] + memoryGb <= cluster.memoryGb[s]
  )
}

/** Whether some server, active or not, is big enough for the job when empty: else it can never run. */
export function fitsAnyServer(cluster: Cluster, cores: number, memoryGb: number): boolean {
  for (let s = 0; s < cluster.serverCount; s++) {
    if (cores <= cluster.cores[s] && memoryGb <= cluster.memoryGb[s]) return true
  }
  return false
}

/** Books a job's cores and memory on server `s`; the caller has checked `fits`. */
export function allocate(cluster: Cluster, s: number, cores: number, memoryGb: number): void {
  cluster.usedCores[s] += cores
  cluster.usedMemoryGb[s] += memoryGb
  cluster.jobCount[s]++
}

/** Returns a job's cores and memory to server `s`. */
export function release(cluster: Cluster, s: number, cores: number, memoryGb: number): void {
  if (cluster.jobCount[s] === 0) throw new Error(`release: server ${s} has no jobs`)
  cluster.jobCount[s]--
  if (cluster.jobCount[s] === 0) {
    // Fractional cores added and removed in another order leave a rounding residue; an empty server is 0.
    cluster.usedCores[s] = 0
    cluster.usedMemoryGb[s] = 0
  } else {
    cluster.usedCores[s] -= cores
    cluster.usedMemoryGb[s] -= memoryGb
  }
}

/** Number of active servers. */
export function activeCount(cluster: Cluster): number {
  let n = 0
  for (let s = 0; s < cluster.serverCount; s++) n += cluster.active[s]
  return n
}

/** Used cores / total cores over the active servers (0..1), the autoscaler's input; 0 when none is active. */
export function meanActiveUtilization(cluster: Cluster): number {
  let used = 0
  let total = 0
  for (let s = 0; s < cluster.serverCount; s++) {
    if (cluster.active[s] === 0) continue
    used += cluster.usedCores[s]
    total += cluster.cores[s]
  }
  return total > 0 ? used / total : 0
}

// Keeps the page's copy of the run's record current: the origin at every restart, deltas after commands and at 2 Hz.
import { simClient } from '../bridge/simClient.ts'
import { extendRecord, startRecord } from './runRecord.ts'
import type { RunRecord } from './runRecord.ts'

let record: RunRecord | null = null
// One sync at a time, in order: a sync after a command then surely includes it.
let syncing: Promise<void> = Promise.resolve()

/** The record as last synced; null between a scenario load and its first frame. */
export const currentRecord = (): RunRecord | null => record

/** Drops the record (a new scenario replaces the run: if the worker dies now, it is loaded again). */
export function forgetRecord(): void {
  record = null
}

/** Starts the record of a run the worker has just (re)started, and takes its progress so far. */
export async function recordRestart(): Promise<void> {
  record = startRecord(await simClient.origin())
  await syncRecord()
}

/** Appends what the run did since the last sync. */
export function syncRecord(): Promise<void> {
  const next = syncing.then(async () => {
    const base = record
    if (!base) return
    const progress = await simClient.progress(base.commandLog.length, base.live.length)
    if (record === base) record = extendRecord(base, progress)
  })
  syncing = next.catch(() => undefined)
  return next
}

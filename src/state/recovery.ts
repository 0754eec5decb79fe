// When the worker dies or a step fails: the user is told in plain words, and the run comes back from its record.
import { proxy } from 'comlink'
import { HEADER } from '../../sim/index.ts'
import { live, onPumpError, stopPump } from '../bridge/live.ts'
import {
  holdCalls,
  isWorkerLost,
  onWorkerLate,
  onWorkerLost,
  refuseCalls,
  releaseCalls,
  replaceWorker,
  restoreClient,
} from '../bridge/simClient.ts'
import { messageOf, play, showRestartedRun } from './actions.ts'
import { reopenHall } from './openHall.ts'
import { currentRecord } from './recordKeeper.ts'
import { restorePoint } from './runRecord.ts'
import { useUi } from './store.ts'
import { sameHall } from './trace.ts'

/** A worker lost this many times within the window is not replaced again: something kills every one. */
const MAX_LOSSES = 3
const LOSS_WINDOW_MS = 120_000

let lossesMs: number[] = []
// A newer recovery (the fresh worker died too) makes an older one drop what it was doing.
let attempt = 0

function giveUp(reason: string): void {
  refuseCalls(reason)
  stopPump()
  useUi.setState({ running: false, worker: { phase: 'stopped', reason } })
}

/** Whether the run should play after the recovery: it was playing, or was to resume after the last attempt. */
function playing(): boolean {
  const { running, worker } = useUi.getState()
  return running || (worker.phase === 'recovering' && worker.resume)
}

/**
 * Restores the run at its last consistent time: in a fresh worker when the old one is lost (`fresh`), in
 * the same one when only a step failed (it refuses the half-advanced run). `resume`: play on afterwards.
 */
async function recover(reason: string, fresh: boolean, resume: boolean, cause = reason): Promise<void> {
  const mine = ++attempt
  stopPump()
  if (fresh) {
    const nowMs = performance.now()
    lossesMs = [...lossesMs.filter((t) => nowMs - t < LOSS_WINDOW_MS), nowMs]
    if (lossesMs.length >= MAX_LOSSES) {
      const windowMin = LOSS_WINDOW_MS / 60_000
      const times = `${lossesMs.length} times within ${windowMin} minutes`
      giveUp(`The simulation worker stopped ${times}, the last time because ${cause}.`)
      return
    }
    replaceWorker()
  } else holdCalls()
  const record = currentRecord()
  const frameS = live.layout ? live.frame[HEADER.timeS] : 0
  const atS = record ? restorePoint(record, frameS).nowS : 0
  useUi.setState({ running: false, worker: { phase: 'recovering', reason, atS, progress: 0, resume } })
  const onProgress = proxy((progress: number) => {
    const worker = useUi.getState().worker
    if (mine === attempt && worker.phase === 'recovering') useUi.setState({ worker: { ...worker, progress } })
  })
  const liveDropped = record?.following ?? false
  // Set with `running`, in one update: Play never says Pause beside "Restoring…".
  const recovered = { phase: 'recovered', reason, atS, resumed: resume, liveDropped } as const
  try {
    if (!record) {
      // Lost before the run's record was taken (during a load): load the scenario again.
      releaseCalls()
      await reopenHall()
      if (mine !== attempt) return
      useUi.setState({ worker: recovered })
      if (resume) play()
    } else {
      const inputs = restorePoint(record, frameS)
      const layout = await restoreClient.restore(inputs, record.origin.base, onProgress)
      if (mine !== attempt) return
      releaseCalls()
      const shown = sameHall(useUi.getState().layout, layout)
      await showRestartedRun(shown, { layout: shown, running: resume, worker: recovered }, resume)
    }
  } catch (error) {
    // A worker lost meanwhile has started the next attempt already.
    if (mine !== attempt || isWorkerLost(error)) return
    giveUp(`${reason} Restoring the run failed: ${messageOf(error)}.`)
  }
}

/** Watches the worker (errors, silence) and the pump (a step that throws); call once at start. */
export function startRecovery(): void {
  // A late answer only explains a clock that stands still; a banner about an earlier loss stays as it is.
  onWorkerLate((late) => {
    const { phase } = useUi.getState().worker
    if (late && phase === 'ok') useUi.setState({ worker: { phase: 'waiting' } })
    if (!late && phase === 'waiting') useUi.setState({ worker: { phase: 'ok' } })
  })
  onWorkerLost((cause) => void recover(`The simulation worker stopped: ${cause}.`, true, playing(), cause))
  // A step that throws is deterministic: played again it would throw again, so the run is restored paused.
  onPumpError((error) => {
    if (!isWorkerLost(error)) void recover(`The simulation stopped: ${messageOf(error)}.`, false, false)
  })
}

/** The Try again button after the worker was given up: a fresh worker, the count of losses forgotten. */
export function retryWorker(): void {
  lossesMs = []
  void recover('Trying again in a fresh worker.', true, false)
}

export function dismissWorkerBanner(): void {
  useUi.setState({ worker: { phase: 'ok' } })
}

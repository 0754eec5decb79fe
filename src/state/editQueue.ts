// One worker load at a time for edits, previews, undo and redo: each waits for the one before, so a commit never
// races a drag's preview and the run on screen is always the last document asked for.

let tail: Promise<unknown> = Promise.resolve()

/** Runs `task` after every task queued before it has settled; resolves or rejects with it. */
export function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task)
  tail = run.catch(() => {})
  return run
}

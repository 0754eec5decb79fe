// SourceStatus: what a live telemetry source reports about its connection, shared by every client.

/** A live source's connection state, reported on every change and before every retry. */
export type SourceStatus =
  /** `start` was called; nothing has been received yet. */
  | { state: 'connecting' }
  /** Replies or messages are arriving. */
  | { state: 'live' }
  /** The last attempt failed with `error`; attempt number `attempt` (1 first) follows in `retryInS` s. */
  | { state: 'retrying'; error: string; attempt: number; retryInS: number }
  /** `stop` was called. */
  | { state: 'stopped' }

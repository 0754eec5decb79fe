// A worker thread of the replica pool: imports the replica function named in workerData once, takes the task's
// input from the first message (so the pool can start before the input is ready), then answers each message of
// replica indices with their results, in order. Errors go back as one line.
import { parentPort, workerData } from 'node:worker_threads'
import { pathToFileURL } from 'node:url'

interface Setup {
  modulePath: string
  exportName: string
}

const { modulePath, exportName } = workerData as Setup
const loaded = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>
const fn = loaded[exportName]
let input: unknown

parentPort?.on('message', async (message: { input: unknown } | { id: number; indices: number[] }) => {
  if ('input' in message) {
    input = message.input
    return
  }
  try {
    if (typeof fn !== 'function') throw new Error(`${modulePath} exports no function "${exportName}"`)
    const values = []
    for (const i of message.indices) values.push(await fn(input, i))
    parentPort?.postMessage({ id: message.id, values })
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) })
  }
})

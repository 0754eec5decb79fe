// Opening files, from the picker or a drop: the first file's content decides what they are. A scenario opens as
// the hall (its problems named by file and JSON path, the current hall kept), a NetBox export opens the import
// dialog, anything else is a trace.
import { looksLikeNetbox } from '../../sim/import/netbox/detect.ts'
import { startNetboxImport } from '../state/netboxImport.ts'
import { openHall, openHallText } from '../state/openHall.ts'
import type { HallMeta } from '../state/openHall.ts'
import { loadTraceFiles } from '../state/trace.ts'
import { HEAD_BYTES, isScenarioShaped, looksLikeJson } from './sniff.ts'

let opened = 0

/** Opens `files` by what the first one holds; a JSON file is read alone, trace files together. */
export async function openFiles(files: readonly File[]): Promise<void> {
  const first = files[0]
  if (!first) return
  if (!looksLikeJson(await first.slice(0, HEAD_BYTES).text())) {
    await loadTraceFiles(files)
    return
  }
  const text = await first.text()
  // A distinct key per opening: the same file opened twice is two halls, each saved on its own.
  const meta: HallMeta = {
    key: `file:${++opened}:${first.name}`,
    id: null,
    origin: 'file',
    source: first.name,
  }
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    // openHallText names the file and where the JSON breaks.
    await openHallText(text, meta)
    return
  }
  if (!isScenarioShaped(value) && looksLikeNetbox(value)) {
    startNetboxImport(text, first.name)
    return
  }
  // Any other JSON is read as a scenario, so the banner names what it lacks ("$.version: …").
  await openHall(value, meta)
}

// What a dropped or opened file is, judged by its content, not its name (docs/hall.md#opening-files): JSON goes to
// the scenario or NetBox readers, anything else to the trace importers (none of the trace formats is JSON).

/** How many bytes to read to tell JSON from a trace without reading a large trace whole. */
export const HEAD_BYTES = 1024

/** True when the text starts (after a byte-order mark and white space) like a JSON object or array. */
export function looksLikeJson(head: string): boolean {
  return /^\uFEFF?\s*[[{]/.test(head)
}

/** A Plenum scenario's shape: an object with `version` and a `room` or `rows`. */
export function isScenarioShaped(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  return 'version' in value && ('room' in value || 'rows' in value)
}

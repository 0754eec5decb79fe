// Durations as people write them ("90s", "30m", "6h", "7d", "2w") or plain seconds.

const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }

/**
 * Converts a duration to seconds.
 * @throws Error naming the text when it is not a positive number or `<number><s|m|h|d|w>`
 */
export function parseDurationS(value: number | string): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return value
    throw new Error(`duration must be a positive number of seconds, got ${value}`)
  }
  const match = /^(\d+(?:\.\d+)?)(s|m|h|d|w)?$/.exec(value.trim())
  if (!match) throw new Error(`"${value}" is not a duration like 90s, 30m, 6h, 7d or 2w`)
  const seconds = Number(match[1]) * SECONDS_PER_UNIT[match[2] ?? 's']
  if (!(seconds > 0)) throw new Error(`duration "${value}" must be greater than zero`)
  if (!Number.isFinite(seconds)) throw new Error(`duration "${value}" is too long to simulate`)
  return seconds
}

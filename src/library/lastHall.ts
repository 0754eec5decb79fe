// Which hall was on screen last, so a reload reopens it (not merely the newest saved one): a library id or a
// shipped scenario's name, in localStorage (one short string; the halls themselves are in IndexedDB).
const KEY = 'plenum.lastHall'

export type LastHall = { kind: 'library'; id: string } | { kind: 'builtin'; name: string }

export function rememberHall(hall: LastHall): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(hall))
  } catch {
    // Storage refused (a private window): a reload then opens the newest saved hall instead.
  }
}

export function lastHall(): LastHall | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as LastHall | null
    if (value?.kind === 'library' && typeof value.id === 'string') return value
    if (value?.kind === 'builtin' && typeof value.name === 'string') return value
  } catch {
    // An unreadable entry is as good as none.
  }
  return null
}

// The live-source origins the page may connect to, kept in localStorage, and a connect that waits on a reload.
import { isListableOrigin, liveOriginOf } from '../../telemetry/liveOrigin.ts'
import type { LiveUrlSpec } from '../../telemetry/liveOrigin.ts'

const ORIGINS_KEY = 'plenum.liveOrigins'
const PENDING_KEY = 'plenum.pendingLiveConnect'

/** Most origins kept, the newest: the list is written into every page load's policy, so it stays short. */
const MAX_LIVE_ORIGINS = 20

/** The origins connected before, newest last; anything in storage that is not a listable origin is dropped. */
export function allowedLiveOrigins(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(ORIGINS_KEY) ?? '[]')
    if (!Array.isArray(stored)) return []
    return stored.filter((o): o is string => typeof o === 'string' && isListableOrigin(o))
  } catch {
    return []
  }
}

/**
 * When the source's origin is not yet listed: lists it, keeps `form` for the page that loads next and
 * reloads, because the page's connect-src policy is fixed at start-up and can only be narrowed after.
 * Returns true when the page is reloading; false when the origin is already allowed.
 * @throws for a URL the clients would refuse, or when the browser will not keep the list (storage off)
 */
export function reloadToAllow(spec: LiveUrlSpec, form: unknown): boolean {
  const origin = liveOriginOf(spec)
  const listed = allowedLiveOrigins()
  if (listed.includes(origin)) return false
  const origins = [...listed, origin].slice(-MAX_LIVE_ORIGINS)
  try {
    localStorage.setItem(ORIGINS_KEY, JSON.stringify(origins))
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(form))
  } catch {
    // Reported below: a reload would come back without the origin, and ask again.
  }
  if (!allowedLiveOrigins().includes(origin)) {
    throw new Error(`cannot allow ${origin}: this browser does not let the page keep its list of sources`)
  }
  location.reload()
  return true
}

/** The form of a connect that reloaded the page to list its origin, once; null when there is none. */
export function takePendingConnect<Form>(): Form | null {
  try {
    const text = sessionStorage.getItem(PENDING_KEY)
    sessionStorage.removeItem(PENDING_KEY)
    return text === null ? null : (JSON.parse(text) as Form)
  } catch {
    return null
  }
}

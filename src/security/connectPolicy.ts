// The page's second Content-Security-Policy: connect-src narrowed to the page and the live sources listed.
import { allowedLiveOrigins } from './liveOrigins.ts'

/**
 * index.html's policy allows connections to any http(s) and ws(s) origin, because a policy can only be
 * narrowed once the page has loaded; this one, added before anything connects, narrows that to the page
 * itself and the sources the user has connected (policies intersect: a request must pass both).
 */
function connectPolicy(origins: readonly string[]): string {
  return ["connect-src 'self'", ...origins].join(' ')
}

/** Adds the narrowing policy as a second <meta>, which the browser enforces from its insertion on. */
export function applyConnectPolicy(): void {
  const meta = document.createElement('meta')
  meta.httpEquiv = 'Content-Security-Policy'
  meta.content = connectPolicy(allowedLiveOrigins())
  meta.dataset.policy = 'live-sources'
  document.head.append(meta)
}

// The origin a live source connects to, and the check that the page's security policy lists it.
import { checkSourceUrl } from './sourceUrl.ts'

/**
 * CSP host-sources are a scheme, a host name or IPv4 address, and a port: no IPv6 literal, no wildcard
 * here. An origin must match this to be written into the page's connect-src policy.
 */
const LISTABLE_ORIGIN = /^(https?|wss?):\/\/[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$/

/** What is connected to: a Prometheus base URL or a WebSocket URL. */
export type LiveUrlSpec = { kind: 'prometheus'; baseUrl: string } | { kind: 'websocket'; url: string }

/** True for `scheme://host[:port]` that a Content-Security-Policy can list. */
export const isListableOrigin = (origin: string) => LISTABLE_ORIGIN.test(origin)

/**
 * `scheme://host[:port]` of the source's URL (default ports left out, as the URL standard writes them).
 * @throws for a URL that does not parse, has the wrong scheme or carries credentials, or a host that a CSP
 *   cannot name (an IPv6 literal)
 */
export function liveOriginOf(spec: LiveUrlSpec): string {
  // The clients' own URL checks, so a URL they would refuse is refused before the page lists its origin.
  const { origin } =
    spec.kind === 'prometheus'
      ? checkSourceUrl(spec.baseUrl, 'Prometheus baseUrl', ['http:', 'https:'])
      : checkSourceUrl(spec.url, 'WebSocket url', ['ws:', 'wss:'])
  if (!isListableOrigin(origin)) {
    throw new Error(
      `${origin} cannot be listed in the page's Content-Security-Policy (connect-src takes a host name or ` +
        'an IPv4 address): give the source by host name',
    )
  }
  return origin
}

/**
 * Refuses a source whose origin the page has not listed (defence in depth: the fetches run in the worker,
 * whose policy comes from its own script's response, not from the page's).
 * @throws naming the origin and what to do
 */
export function checkLiveOrigin(spec: LiveUrlSpec, allowedOrigins: readonly string[]): void {
  const origin = liveOriginOf(spec)
  if (!allowedOrigins.includes(origin)) {
    throw new Error(
      `${origin} is not on the page's list of live sources (${allowedOrigins.join(', ') || 'none'}): ` +
        'connect it from the Live source form, which adds it to the list',
    )
  }
}

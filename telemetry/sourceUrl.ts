// checkSourceUrl: a live source's URL, refused with a clear reason before anything is sent to it.

/** The URL without its password, for messages: a refused URL must not carry the secret into logs. */
function redacted(url: URL): string {
  const copy = new URL(url.href)
  copy.password = copy.password ? '***' : ''
  return copy.href
}

/**
 * Parses `text` as an absolute URL of one of `protocols` (e.g. ['http:', 'https:']). A URL with
 * `user:password@` is refused: fetch will not send credentials written in a URL (it throws, which a
 * poller would retry for ever), a WebSocket would send them in the clear to anyone in the path, and
 * the URL is shown in the status line, kept in the page's list of live sources and written to logs.
 * @throws naming what is wrong, with any password replaced by ***
 */
export function checkSourceUrl(text: string, label: string, protocols: readonly string[]): URL {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    throw new Error(`${label} '${text}' is not an absolute URL`)
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(
      `${label} '${redacted(url)}' carries a user name or password: credentials in a URL are not sent ` +
        'by the browser and leak into logs; put a reverse proxy that adds the Authorization header ' +
        '(or allows this network) in front of the source and give its URL',
    )
  }
  if (!protocols.includes(url.protocol)) {
    const schemes = protocols.map((p) => `${p}//`).join(' or ')
    throw new Error(`${label} '${text}' must start with ${schemes}`)
  }
  return url
}

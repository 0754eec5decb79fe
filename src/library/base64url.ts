// base64url (RFC 4648 §5: '-' and '_', no padding) over bytes. Node 20 lacks Uint8Array.toBase64, so btoa/atob on
// a binary string, built in chunks (one String.fromCharCode call per byte would be slow for 2 MB links).
const CHUNK = 0x8000

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The bytes of a base64url string; throws naming the first character that is not base64url. */
export function fromBase64Url(text: string): Uint8Array {
  const bad = /[^A-Za-z0-9_-]/.exec(text)
  if (bad) throw new Error(`"${bad[0]}" at character ${bad.index + 1} is not base64url`)
  if (text.length % 4 === 1) throw new Error(`${text.length} characters cannot be base64url (cut short?)`)
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

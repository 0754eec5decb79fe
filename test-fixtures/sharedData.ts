// Where the tests find real traces: small cuts committed here, and the whole data sets beside the repository.
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/** The shared data sets: `$PLENUM_SHARED_DATA`, else `../shared/data` beside the repository. */
export const SHARED_DATA_DIR =
  process.env.PLENUM_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data')

/** A committed fixture (README.md here names each one's source, licence and cut). */
export function fixture(relative: string): string {
  return join(import.meta.dirname, relative)
}

/**
 * The path of `relative` in the shared data, or '' (falsy, for `describe.skipIf(!path)`) after printing one
 * line that names what is skipped and why, so a clone without the data says so instead of passing quietly.
 */
export function sharedData(relative: string, skipped: string): string {
  const path = join(SHARED_DATA_DIR, relative)
  if (existsSync(path)) return path
  console.warn(`skipped: ${skipped}: needs ${path} (set PLENUM_SHARED_DATA to the shared data folder)`)
  return ''
}

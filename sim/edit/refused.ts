// An edit that cannot apply to the document (no such rack, row or unit; a U without a server): applyEdit turns it
// into { ok: false, problem } instead of letting it escape.

export class EditRefused extends Error {
  constructor(problem: string) {
    super(problem)
    this.name = 'EditRefused'
  }
}

/** Throws EditRefused with `problem` unless `value` is defined. */
export function found<T>(value: T | undefined, problem: string): T {
  if (value === undefined) throw new EditRefused(problem)
  return value
}

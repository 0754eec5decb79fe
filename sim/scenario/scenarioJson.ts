// The text Plenum writes a scenario document as: 2-space JSON and a newline, as the shipped files are. The editor's
// export, autosave and undo checks and the CLI's tests all use this one function, so the same document is the same
// bytes everywhere.

/** `doc` as Plenum writes it. */
export function scenarioJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`
}

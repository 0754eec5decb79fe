// The page's keyboard shortcuts (Space, arrows, ?) and the help sheet "?" opens.
// CONTRACT STUB: the feel helper replaces this.
export function ShortcutHelp() {
  return null
}

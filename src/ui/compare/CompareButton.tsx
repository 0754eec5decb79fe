// The toolbar's Compare button and the compare view it opens (two runs side by side, deltas, overlaid charts).
// CONTRACT STUB: the compare helper replaces this.
export function CompareButton() {
  return null
}

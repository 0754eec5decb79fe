// A one-line reminder of the mouse controls, in a corner of the hall where it costs no space.
export function ViewHint() {
  return (
    <div className="view-hint">
      Drag to orbit · right-drag to pan · scroll to zoom · click a rack to inspect
    </div>
  )
}

// The hall as a drop target for scenario, NetBox and trace files (told apart by content: src/library/openFiles.ts),
// with an overlay while files are dragged over it.
import { useEffect, useRef, useState } from 'react'
import type { DragEvent, ReactNode } from 'react'
import { openFiles } from '../library/openFiles.ts'

const carriesFiles = (e: { dataTransfer: DataTransfer | null }) =>
  e.dataTransfer?.types.includes('Files') ?? false

// A file dropped anywhere else on the page must not make the browser open it in place of the app.
function keepPage(e: globalThis.DragEvent) {
  if (carriesFiles(e)) e.preventDefault()
}

export function TraceDropZone({ children }: { children: ReactNode }) {
  const [dragging, setDragging] = useState(false)
  // dragenter/dragleave fire for every child crossed; the count says when the pointer really left.
  const depth = useRef(0)
  useEffect(() => {
    window.addEventListener('dragover', keepPage)
    window.addEventListener('drop', keepPage)
    return () => {
      window.removeEventListener('dragover', keepPage)
      window.removeEventListener('drop', keepPage)
    }
  }, [])
  const enter = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    depth.current++
    setDragging(true)
  }
  const over = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    e.dataTransfer.dropEffect = 'copy'
  }
  const leave = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    depth.current = Math.max(depth.current - 1, 0)
    if (depth.current === 0) setDragging(false)
  }
  const drop = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    depth.current = 0
    setDragging(false)
    void openFiles(Array.from(e.dataTransfer.files))
  }
  return (
    <main
      className="viewport"
      data-testid="viewport"
      onDragEnter={enter}
      onDragOver={over}
      onDragLeave={leave}
      onDrop={drop}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" data-testid="drop-overlay">
          <div>
            <b>Drop a file to open it</b>
            <span>A Plenum scenario (.json) opens as the hall</span>
            <span>A NetBox export (REST JSON or dumpdata) opens the import</span>
            <span>Trace files replay: PlanetLab, Bitbrains, OpenDC, SWF or long CSV</span>
          </div>
        </div>
      )}
    </main>
  )
}

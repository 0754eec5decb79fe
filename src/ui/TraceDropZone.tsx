// The hall as a drop target for trace files, with an overlay while files are dragged over it.
import { useEffect, useRef, useState } from 'react'
import type { DragEvent, ReactNode } from 'react'
import { loadTraceFiles } from '../state/trace.ts'

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
    void loadTraceFiles(Array.from(e.dataTransfer.files))
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
            <b>Drop trace files to replay</b>
            <span>PlanetLab, Bitbrains, OpenDC, SWF or long CSV</span>
          </div>
        </div>
      )}
    </main>
  )
}

// One timeline chart: a uPlot made once per options (spec, run) and fed new rows by setData; a fixed line marks
// the time the hall shows; the synced cursor is moved there too (its legend then reads that time's values), and a
// click scrubs the hall to the time clicked. See docs/timeline.md#charts.
import { useEffect, useLayoutEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

type SetCursor = (opts: { left: number; top: number }, fireHook?: boolean, pub?: boolean) => void

// A pointer resting on any chart owns the cursors: the live present moving on must not pull them away under it.
let hovered = 0

export function SyncedChart(props: {
  options: Omit<uPlot.Options, 'width'>
  data: uPlot.AlignedData
  /** The time the hall shows, Unix s (the fixed line and the cursor). */
  viewEpochS: number
  onPick: (epochS: number) => void
  testId: string
}) {
  const { options, data, viewEpochS, onPick } = props
  const box = useRef<HTMLDivElement>(null)
  const plot = useRef<uPlot | null>(null)
  const line = useRef<HTMLDivElement | null>(null)
  const view = useRef(viewEpochS)
  const pick = useRef(onPick)
  const dataRef = useRef(data)
  // Declared before the chart's own effect so a chart made in this commit starts from these.
  useLayoutEffect(() => {
    dataRef.current = data
    pick.current = onPick
  })

  // Where the view line sits and where the cursor goes; does nothing until the chart has drawn once (uPlot
  // ignores setCursor before its first frame: docs/timeline.md#cursor-sync).
  const place = (u: uPlot) => {
    const left = u.valToPos(view.current, 'x')
    if (!Number.isFinite(left) || u.bbox.width === 0) return
    if (line.current) line.current.style.transform = `translateX(${Math.round(left)}px)`
    if (hovered > 0) return
    // The third argument publishes to the other charts of the sync key: without it they stay where they were.
    ;(u.setCursor as SetCursor)({ left, top: u.over.clientHeight / 2 }, true, true)
  }

  useLayoutEffect(() => {
    const el = box.current!
    const u = new uPlot(
      {
        ...options,
        width: Math.max(1, el.clientWidth),
        hooks: { ...options.hooks, draw: [...(options.hooks?.draw ?? []), place] },
      },
      dataRef.current,
      el,
    )
    plot.current = u
    const mark = document.createElement('div')
    mark.className = 'chart-view-line'
    u.over.appendChild(mark)
    line.current = mark
    const enter = () => hovered++
    const leave = () => (hovered = Math.max(0, hovered - 1))
    const click = () => {
      const left = u.cursor.left ?? -1
      if (left >= 0) pick.current(u.posToVal(left, 'x'))
    }
    u.over.addEventListener('mouseenter', enter)
    u.over.addEventListener('mouseleave', leave)
    u.over.addEventListener('click', click)
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientWidth !== u.width)
        u.setSize({ width: el.clientWidth, height: u.height })
    })
    observer.observe(el)
    return () => {
      observer.disconnect()
      u.over.removeEventListener('mouseenter', enter)
      u.over.removeEventListener('mouseleave', leave)
      u.over.removeEventListener('click', click)
      if (u.over.matches(':hover')) leave()
      u.destroy()
      plot.current = null
    }
    // The chart is remade for new options alone: new rows go through setData below.
  }, [options])

  useEffect(() => {
    const u = plot.current
    if (u && u.data !== data) u.setData(data, true)
  }, [data])

  useEffect(() => {
    view.current = viewEpochS
    if (plot.current) place(plot.current)
  }, [viewEpochS])

  return <div className="timeline-chart" ref={box} data-testid={props.testId} />
}

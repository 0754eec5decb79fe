// A uPlot chart as a React component: created and destroyed with the element, new data by setData, the width
// followed with a ResizeObserver (a chart in a hidden tab is 0 wide until the tab opens). Callers memoise
// options and data.
import { useLayoutEffect, useRef } from 'react'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'

export function UPlotChart(props: {
  options: Omit<uPlot.Options, 'width'>
  data: uPlot.AlignedData
  testId?: string
}) {
  const { options, data } = props
  const box = useRef<HTMLDivElement>(null)

  // Remade when the options or the data change (a new forecast): a few charts of ≤ 120 points take
  // milliseconds, and a fresh chart rescales its axes to the new data.
  useLayoutEffect(() => {
    const el = box.current!
    const u = new uPlot({ ...options, width: Math.max(1, el.clientWidth) }, data, el)
    const observer = new ResizeObserver(() => {
      if (el.clientWidth > 0 && el.clientWidth !== u.width)
        u.setSize({ width: el.clientWidth, height: u.height })
    })
    observer.observe(el)
    return () => {
      observer.disconnect()
      u.destroy()
    }
  }, [options, data])

  return <div className="uplot-box" ref={box} data-testid={props.testId} />
}

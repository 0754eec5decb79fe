// A north arrow over the hall that turns with the camera, so the plan reads the same way at any orbit angle.
import { useEffect, useRef } from 'react'

let arrow: HTMLElement | null = null
let angleRad = 0

/**
 * Turns the arrow for a camera at OrbitControls azimuth `azimuthRad` (0 = looking north from the south).
 * Called from the camera's change events, not through React state: it changes on every orbit frame.
 */
export function pointNorth(azimuthRad: number): void {
  angleRad = azimuthRad
  // Orbiting the camera clockwise (seen from above) turns the plan, and north with it, clockwise on screen.
  if (arrow) arrow.style.transform = `rotate(${azimuthRad}rad)`
}

export function Compass() {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    arrow = ref.current
    pointNorth(angleRad)
    return () => {
      arrow = null
    }
  }, [])
  return (
    <div className="compass" title="North: the top of the plan view" aria-label="North arrow">
      <div className="compass-needle" ref={ref}>
        <span>N</span>
        <i />
      </div>
    </div>
  )
}

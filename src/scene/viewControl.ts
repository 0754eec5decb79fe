// The bridge from the view buttons (DOM, outside the canvas) to the camera rig inside it, and a short glide between
// two views. The rig registers itself; a press before it exists does nothing.
import type { Framing, Vec3 } from './framing.ts'
import type { ViewName } from './views.ts'

let handler: ((name: ViewName) => void) | null = null

/** Moves the camera to the preset `name` (the overview is the reset view). */
export function showView(name: ViewName): void {
  handler?.(name)
}

/** Called by the camera rig with its handler, and with null when it goes. */
export function onShowView(fn: ((name: ViewName) => void) | null): void {
  handler = fn
}

/** How long a preset takes to glide into place, ms: long enough to see where the camera went, short to wait. */
export const GLIDE_MS = 500

// Smoothstep: starts and stops without a jolt.
const ease = (t: number) => t * t * (3 - 2 * t)
const mix = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

/** The camera `fraction` (0…1 of the time) of the way from `from` to `to`; exactly `to` at 1. */
export function glide(
  from: Pick<Framing, 'position' | 'target'>,
  to: Pick<Framing, 'position' | 'target'>,
  fraction: number,
) {
  if (fraction >= 1) return { position: to.position, target: to.target }
  const t = ease(Math.max(fraction, 0))
  return { position: mix(from.position, to.position, t), target: mix(from.target, to.target, t) }
}

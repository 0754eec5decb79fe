// A copy of the newest snapshot, refreshed at most every `everyMs` while it changes: for an SVG that re-renders
// as a whole (the one-line diagram), not a number written into one node (useLiveText).
import { useEffect, useState } from 'react'
import type { SceneLayout } from '../../../sim/index.ts'
import { live } from '../../bridge/live.ts'

export interface LiveCopy {
  frame: Float64Array
  layout: SceneLayout
}

export function useLiveCopy(everyMs = 500, enabled = true): LiveCopy | null {
  const [copy, setCopy] = useState<LiveCopy | null>(null)
  useEffect(() => {
    if (!enabled) return
    let seen = -1
    const take = () => {
      if (!live.layout || live.version === seen) return
      seen = live.version
      setCopy({ frame: live.frame.slice(), layout: live.layout })
    }
    take()
    const id = setInterval(take, everyMs)
    return () => clearInterval(id)
  }, [everyMs, enabled])
  return copy
}

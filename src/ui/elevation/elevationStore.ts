// Which rack's elevation is open (by id, so it stays on its rack when an edit reloads the hall and indices move).
import { create } from 'zustand'
import { useHall } from '../../state/hall.ts'

export const useElevation = create<{ rackId: string | null }>()(() => ({ rackId: null }))

export const openElevation = (rackId: string) => useElevation.setState({ rackId })
export const closeElevation = () => useElevation.setState({ rackId: null })

// Another hall opened (a document arriving at rev 0, not an edit of this one): its "A-03" is another rack.
useHall.subscribe((hall, before) => {
  if (hall.doc !== before.doc && hall.rev === 0) closeElevation()
})

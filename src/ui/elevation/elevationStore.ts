// Which rack's elevation is open (by id, so it stays on its rack when an edit reloads the hall and indices move).
import { create } from 'zustand'

export const useElevation = create<{ rackId: string | null }>()(() => ({ rackId: null }))

export const openElevation = (rackId: string) => useElevation.setState({ rackId })
export const closeElevation = () => useElevation.setState({ rackId: null })

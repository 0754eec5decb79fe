// What follows the hall on screen as it changes: its row template when another hall opens, and the address bar,
// which keeps a share link only while that link's unsaved hall is shown (a reload then opens it again).
import { useHall } from '../state/hall.ts'
import type { HallState } from '../state/hall.ts'
import { setRowTemplate, templateOf } from '../state/rowTemplate.ts'
import { isShareFragment } from './shareLink.ts'

function followHall(s: HallState, prev: HallState): void {
  // A hall just opened (rev 0, another document): a library hall brings its stored template, a new hall the
  // dialog's; any other takes its first row's.
  if (s.rev === 0 && s.doc !== prev.doc && s.origin !== 'library' && s.origin !== 'new') {
    setRowTemplate(templateOf(s.doc))
  }
  // Once saved, or replaced by another hall, the link in the address bar no longer names the hall on screen.
  const linkShown = s.origin === 'link' && s.id === null
  if (s.doc && !linkShown && isShareFragment(location.hash)) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}`)
  }
}

/** Starts following the hall; returns the unsubscribe function. */
export const startFollowingHall = (): (() => void) => useHall.subscribe(followHall)

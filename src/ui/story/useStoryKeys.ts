// The story's keys: Space pause/resume, ←/→ previous/next milestone, Esc exits. Listened for on window in the
// capture phase and stopped there, so while the story is open no key reaches the page's own shortcuts (Space
// would also play the run underneath). Leaving the browser's full screen (its own Esc) closes the story too.
// docs/story.md#keyboard
import { useEffect } from 'react'
import { showView } from '../../scene/viewControl.ts'
import { stepStory, toggleStoryPause } from '../../state/story.ts'
import { closeStory } from '../../state/storyStart.ts'

export function useStoryKeys(open: boolean): void {
  useEffect(() => {
    if (!open) return
    const onKey = (e: KeyboardEvent) => {
      // Tab still moves focus between the story's buttons.
      if (e.key === 'Tab') return
      e.stopImmediatePropagation()
      if (e.key === ' ' || e.key === 'Escape' || e.key === 'ArrowLeft' || e.key === 'ArrowRight')
        e.preventDefault()
      else return
      if (e.repeat && e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
      if (e.key === ' ') toggleStoryPause()
      else if (e.key === 'Escape') closeStory()
      else {
        const beat = stepStory(e.key === 'ArrowLeft' ? -1 : 1)
        if (beat) showView(beat.preset)
      }
    }
    let wasFull = document.fullscreenElement !== null
    const onFullscreen = () => {
      if (wasFull && !document.fullscreenElement) closeStory()
      wasFull = document.fullscreenElement !== null
    }
    window.addEventListener('keydown', onKey, { capture: true })
    document.addEventListener('fullscreenchange', onFullscreen)
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true })
      document.removeEventListener('fullscreenchange', onFullscreen)
    }
  }, [open])
}

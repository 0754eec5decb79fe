// The story's control strip: previous / pause / next milestone, the story's progress (a bar following the clock
// outside React), export and close. The keys do the same (useStoryKeys).
import { useEffect, useRef } from 'react'
import { showView } from '../../scene/viewControl.ts'
import { stepStory, storyClock, toggleStoryPause, useStory } from '../../state/story.ts'
import { closeStory } from '../../state/storyStart.ts'
import { StoryExport } from './StoryExport.tsx'

const step = (by: -1 | 1) => {
  const beat = stepStory(by)
  if (beat) showView(beat.preset)
}

export function StoryControls() {
  const phase = useStory((s) => s.phase)
  const bar = useRef<HTMLProgressElement>(null)
  useEffect(() => {
    let raf = 0
    const frame = () => {
      const el = bar.current
      if (el) {
        const fraction = Math.min(storyClock.atS / Math.max(useStory.getState().endS, 1), 1)
        el.value = fraction
        el.dataset.atS = storyClock.atS.toFixed(0)
      }
      raf = requestAnimationFrame(frame)
    }
    raf = requestAnimationFrame(frame)
    return () => cancelAnimationFrame(raf)
  }, [])
  const ready = phase !== 'preparing' && phase !== 'error'
  return (
    <div className="story-controls">
      <button type="button" onClick={() => step(-1)} disabled={!ready} aria-label="Previous milestone (←)">
        ◀◀
      </button>
      <button
        type="button"
        onClick={toggleStoryPause}
        disabled={!ready}
        data-testid="story-pause"
        aria-label={phase === 'playing' ? 'Pause (Space)' : 'Play (Space)'}
      >
        {phase === 'playing' ? '❚❚' : '▶'}
      </button>
      <button type="button" onClick={() => step(1)} disabled={!ready} aria-label="Next milestone (→)">
        ▶▶
      </button>
      <progress
        ref={bar}
        className="story-progress"
        max={1}
        value={0}
        aria-label="Story progress"
        data-testid="story-progress"
      />
      <StoryExport />
      <button type="button" onClick={closeStory} data-testid="story-close" aria-label="Exit the story (Esc)">
        ✕ Exit
      </button>
    </div>
  )
}

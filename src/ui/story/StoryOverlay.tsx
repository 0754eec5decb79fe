// The story over the whole window: the hall fills the screen (story.css), the headline figures across the top,
// the caption of the latest milestone at the bottom, a progress bar while a forecast is prepared, the end card.
import { useEffect, useRef } from 'react'
import { createPortal } from 'react-dom'
import { restartStory, useStory } from '../../state/story.ts'
import { storyText } from './composite.ts'
import { StoryControls } from './StoryControls.tsx'
import { StoryEnd } from './StoryEnd.tsx'
import { StoryHeadline } from './StoryHeadline.tsx'
import { useStoryKeys } from './useStoryKeys.ts'
import { useStoryPlayer } from './useStoryPlayer.ts'
import './story.css'

export function StoryOverlay() {
  const open = useStory((s) => s.open)
  const phase = useStory((s) => s.phase)
  const progress = useStory((s) => s.progress)
  const error = useStory((s) => s.error)
  const script = useStory((s) => s.script)
  const caption = useStory((s) => (s.beat >= 0 ? (s.script[s.beat]?.caption ?? null) : null))
  const headline = useStoryPlayer(open)
  const root = useRef<HTMLDivElement>(null)
  useStoryKeys(open)

  useEffect(() => {
    if (!open) return
    document.body.classList.add('story-open')
    // Keys go to the story, not to the Story button that had focus (Space would click it again).
    root.current?.focus()
    return () => document.body.classList.remove('story-open')
  }, [open])

  // The recorder draws what the overlay shows.
  useEffect(() => {
    Object.assign(storyText, { caption, headline, ended: phase === 'ended' })
  }, [caption, headline, phase])

  if (!open) return null
  return createPortal(
    <div
      className="story"
      ref={root}
      tabIndex={-1}
      data-testid="story"
      data-phase={phase}
      aria-label="Story mode"
    >
      {headline && <StoryHeadline headline={headline} />}
      {phase === 'preparing' && (
        <div className="story-preparing" data-testid="story-preparing">
          <span>
            Forecasting the hall’s growth: {progress.done} of {progress.total} replicas
          </span>
          <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Forecast progress" />
        </div>
      )}
      {phase === 'error' && (
        <div className="story-error" role="alert" data-testid="story-error">
          {error}
        </div>
      )}
      {caption && phase !== 'ended' && (
        <div className="story-caption" data-testid="story-caption" aria-live="polite">
          {caption}
        </div>
      )}
      {phase === 'ended' && <StoryEnd headline={headline} script={script} onReplay={restartStory} />}
      <StoryControls />
    </div>,
    document.body,
  )
}

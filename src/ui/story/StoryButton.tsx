// The toolbar's Story button. Full screen must be asked for inside the click (browsers refuse it without a user
// gesture); when it is refused (headless, an iframe) the story still fills the window. docs/story.md
import { useUi } from '../../state/store.ts'
import { startStory } from '../../state/storyStart.ts'
import { StoryOverlay } from './StoryOverlay.tsx'

function open() {
  void document.documentElement.requestFullscreen?.().catch(() => {})
  void startStory()
}

export function StoryButton() {
  const ready = useUi((s) => s.layout !== null && !s.loading)
  return (
    <>
      <button
        type="button"
        className="story-button"
        data-testid="story-open"
        disabled={!ready}
        title="Story: the hall's growth played in a minute, for a board room (full screen)"
        onClick={open}
      >
        ▶ Story
      </button>
      <StoryOverlay />
    </>
  )
}

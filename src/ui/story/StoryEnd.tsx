// The end card: what the story showed, in the same figures, with the milestones listed and a way to play again.
import type { Headline } from '../../state/storyHeadline.ts'
import type { StoryBeat } from '../../state/storyScript.ts'

export function StoryEnd({
  headline,
  script,
  onReplay,
}: {
  headline: Headline | null
  script: StoryBeat[]
  onReplay: () => void
}) {
  return (
    <div className="story-end" data-testid="story-end" role="dialog" aria-label="End of the story">
      <h2>The end</h2>
      {headline && (
        <p className="story-end-lead">
          {/^runs out: no growth/.test(headline.runsOut.note) ? null : (
            <>
              Capacity runs out <b>{headline.runsOut.value}</b>, first at{' '}
              {headline.runsOut.note.replace(/^runs out: /, '')}.{' '}
            </>
          )}
          Energy: <b>{headline.energy.value}</b>, PUE <b>{headline.pue.value}</b>.
        </p>
      )}
      <ol>
        {script.slice(1).map((b, i) => (
          <li key={i}>{b.caption}</li>
        ))}
      </ol>
      <button type="button" onClick={onReplay} data-testid="story-replay">
        ↺ Play again
      </button>
    </div>
  )
}

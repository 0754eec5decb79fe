// The four headline figures across the top of the story, large enough to read from the back of a board room.
import type { Headline } from '../../state/storyHeadline.ts'

export function StoryHeadline({ headline }: { headline: Headline }) {
  const figures = [
    ['capacity', headline.capacity],
    ['runs-out', headline.runsOut],
    ['energy', headline.energy],
    ['pue', headline.pue],
  ] as const
  return (
    <div className="story-headline" data-testid="story-headline">
      {figures.map(([id, f]) => (
        <div key={id} className="story-figure" data-testid={`story-${id}`}>
          <b>{f.value}</b>
          <span>{f.note}</span>
        </div>
      ))}
    </div>
  )
}

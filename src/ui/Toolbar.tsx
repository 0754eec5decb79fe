// The top bar: hall picker and menu, play/pause, speed, rack colour mode and the simulated clock.
import { HEADER } from '../../sim/index.ts'
import type { SceneLayout } from '../../sim/index.ts'
import { pause, play, setSpeed } from '../state/actions.ts'
import { useLive } from '../state/liveSource.ts'
import { canPlay } from '../state/shortcuts.ts'
import { SPEEDS, useUi } from '../state/store.ts'
import { ColourModeToggle } from './ColourModeToggle.tsx'
import { CompareButton } from './compare/CompareButton.tsx'
import { StoryButton } from './story/StoryButton.tsx'
import { HallMenu } from './library/HallMenu.tsx'
import { HallPicker } from './library/HallPicker.tsx'
import { formatSimTime } from './format.ts'
import { useLiveText } from './useLiveText.ts'

const readClock = (f: Float64Array, layout: SceneLayout) =>
  formatSimTime(layout.startEpochS + f[HEADER.timeS])

export function Toolbar() {
  const running = useUi((s) => s.running)
  const speed = useUi((s) => s.speed)
  const loading = useUi((s) => s.loading)
  // No hall, loading, or the worker being restored or given up: nothing to play (Space checks the same).
  const playable = useUi(canPlay)
  const clock = useLiveText(readClock)
  // Following a live source, the data sets the pace: the speed does not apply.
  const following = useLive((s) => s.status !== null)

  return (
    <header className="toolbar">
      <div className="brand" title="Plenum">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Plenum</span>
      </div>
      <HallPicker />
      <HallMenu />
      <button
        type="button"
        className={`play ${running ? 'is-running' : ''}`}
        data-testid="play"
        aria-pressed={running}
        disabled={!playable}
        onClick={running ? pause : play}
      >
        {running ? '❚❚ Pause' : '▶ Play'}
      </button>
      {/* No "Speed" label beside it: its options say "10 min/s", and the toolbar needs the room for the hall. */}
      <select
        aria-label="Speed"
        data-testid="speed"
        value={speed}
        disabled={following}
        title={following ? 'Following a live source: the twin runs as far as the data has come' : 'Speed'}
        onChange={(e) => setSpeed(Number(e.target.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <ColourModeToggle />
      <CompareButton />
      <StoryButton />
      <div className="clock" title="Simulated time">
        <span className="clock-label" data-testid="clock-label">
          {loading ? 'Loading…' : following ? 'Live · source time' : 'Simulated time'}
        </span>
        <span data-testid="sim-clock" ref={clock}>
          —
        </span>
      </div>
      {/* Opening a large hall takes a second or more; a thin bar along the bar's foot says it is under way
          without moving anything (docs/feel.md#progress-not-spinners). */}
      {loading ? <progress className="toolbar-progress" aria-label="Opening the hall" /> : null}
    </header>
  )
}

// Export WebM: plays the story from the top while recording it (hall, headline, captions), with a progress bar,
// and downloads "plenum-story-<hall>.webm" at the end or when Stop is pressed. docs/story.md#export-webm
import { useEffect, useRef } from 'react'
import { showError } from '../../state/actions.ts'
import { useUi } from '../../state/store.ts'
import { restartStory, setRecording, storyClock, useStory } from '../../state/story.ts'
import { type Recording, download, fileNameOf, startRecording } from './recordWebm.ts'

const progressNow = () => Math.min(storyClock.atS / Math.max(useStory.getState().endS, 1), 1)

/** Stops `rec`, downloads the file, and clears the progress bar however it went. */
async function save(rec: Recording): Promise<void> {
  try {
    download(await rec.stop(), fileNameOf(useUi.getState().scenario))
  } catch (error) {
    showError(error)
  } finally {
    setRecording(null)
  }
}

export function StoryExport() {
  const recording = useStory((s) => s.recording)
  const phase = useStory((s) => s.phase)
  const active = useRef<Recording | null>(null)

  const stopNow = () => {
    const rec = active.current
    active.current = null
    if (rec) void save(rec)
  }

  const start = () => {
    const gl = document.querySelector<HTMLCanvasElement>('[data-testid="viewport"] canvas')
    if (!gl) return
    try {
      restartStory()
      active.current = startRecording(gl, progressNow)
      setRecording(0)
    } catch (error) {
      showError(error)
    }
  }

  // The bar follows the story; the recording ends with it.
  const isRecording = recording !== null
  useEffect(() => {
    if (!isRecording) return
    if (phase === 'ended') {
      const rec = active.current
      active.current = null
      if (rec) void save(rec)
      return
    }
    const id = setInterval(() => setRecording(progressNow()), 250)
    return () => clearInterval(id)
  }, [isRecording, phase])

  // Closing the story mid-recording stops the recorder (nothing is downloaded).
  useEffect(() => {
    const rec = active
    return () => void rec.current?.stop().catch(() => {})
  }, [])

  if (recording === null)
    return (
      <button
        type="button"
        data-testid="story-export"
        onClick={start}
        disabled={phase === 'preparing' || phase === 'error'}
      >
        ⬇ Export WebM
      </button>
    )
  return (
    <span className="story-recording">
      <progress
        max={1}
        value={recording}
        aria-label="Recording the story"
        data-testid="story-recording"
        data-progress={recording.toFixed(2)}
      />
      <button type="button" data-testid="story-stop-recording" onClick={stopNow}>
        ■ Stop and save
      </button>
    </span>
  )
}

// Recording the story as a WebM: each frame the hall is composited onto a 2D canvas in the render's own task (an
// R3F after-effect; a drawImage from a later task copies a cleared WebGL buffer), the 2D canvas is streamed into
// MediaRecorder (VP9, 4 Mbit/s), and the file gets its duration written by fix-webm-duration (MediaRecorder
// leaves it out). docs/story.md#export-webm
import { addAfterEffect, invalidate } from '@react-three/fiber'
import fixWebmDuration from 'fix-webm-duration'
import { drawStoryFrame } from './composite.ts'

export const MIME = 'video/webm;codecs=vp9'
export const BITS_PER_S = 4_000_000
const FPS = 30
/** The exported frame's size: 720p, what a board deck's slide shows at full width. */
export const VIDEO_W = 1280
export const VIDEO_H = 720

export interface Recording {
  /** Stops and resolves with the finished file (duration written). */
  stop(): Promise<Blob>
}

/** Starts recording the canvas `gl` with the story's overlay; `progress()` is the fraction of the story done. */
export function startRecording(gl: HTMLCanvasElement, progress: () => number): Recording {
  if (typeof MediaRecorder === 'undefined' || !MediaRecorder.isTypeSupported(MIME))
    throw new Error(`This browser cannot record ${MIME}: export needs Chromium, Edge or Firefox`)
  const comp = document.createElement('canvas')
  comp.width = VIDEO_W
  comp.height = VIDEO_H
  const ctx = comp.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas to composite the video on')
  const remove = addAfterEffect(() => drawStoryFrame(ctx, gl, progress()))
  const recorder = new MediaRecorder(comp.captureStream(FPS), {
    mimeType: MIME,
    videoBitsPerSecond: BITS_PER_S,
  })
  const chunks: Blob[] = []
  recorder.ondataavailable = (e) => {
    if (e.data.size > 0) chunks.push(e.data)
  }
  const startedMs = performance.now()
  recorder.start(1000)
  invalidate()
  return {
    stop: () =>
      new Promise<Blob>((resolve, reject) => {
        recorder.onstop = () => {
          remove()
          const durationMs = performance.now() - startedMs
          fixWebmDuration(new Blob(chunks, { type: 'video/webm' }), durationMs, { logger: false }).then(
            resolve,
            reject,
          )
        }
        recorder.stop()
      }),
  }
}

/** Offers `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = name
  a.click()
  // The click has handed the URL to the download; free it once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000)
}

/** "plenum-story-growth.webm": the hall's name, reduced to characters safe in a file name. */
export const fileNameOf = (hall: string) =>
  `plenum-story-${hall.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'hall'}.webm`

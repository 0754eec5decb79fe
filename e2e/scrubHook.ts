// What the scrub tests read of the page: the test hook src/state/scrub.ts exposes (the frame on screen and the
// timeline's counts), the toolbar clock, and playing until the clock passes a time.
import type { Page } from 'playwright-core'
import { parseClock, waitUntil } from './page.ts'
import { text } from './session.ts'

interface Hook {
  frame(): number[]
  timeline(): { rows: number; events: number; viewS: number | null; scrubbing: boolean; presentS: number }
}

/** The snapshot frame the hall on screen is drawn from. */
export const frameOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __plenumScrub: Hook }).__plenumScrub.frame())

/** The timeline's history rows, events, shown time, scrub in progress and the run's present. */
export const timelineOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __plenumScrub: Hook }).__plenumScrub.timeline())

/** The toolbar clock, Unix seconds. */
export const clockSOf = async (page: Page) => parseClock(await text(page, 'sim-clock')) / 1000

/** Plays at the chosen speed until the clock has passed `untilEpochS`, then pauses. */
export async function playUntil(page: Page, untilEpochS: number): Promise<void> {
  await page.getByTestId('play').click()
  await waitUntil(
    () => clockSOf(page),
    (s) => s >= untilEpochS,
    60_000,
  )
  await page.getByTestId('play').click()
}

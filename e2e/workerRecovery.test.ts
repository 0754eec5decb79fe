// A dead simulation worker is never invisible: killed silently or by an error, the run comes back where it was.
import type { Page, Worker } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseClock, waitUntil } from './page.ts'
import { openLiveApp, settle, shots, text } from './session.ts'
import type { Session } from './session.ts'

let session: Session
let page: Page
let startMs = 0

/** Every change of the banner or the Play button, recorded in the page: Play must never say Pause while restoring. */
function recordStates(p: Page) {
  return p.evaluate(() => {
    const log: { phase: string | null; pressed: string | null }[] = []
    ;(window as unknown as { stateLog: typeof log }).stateLog = log
    const snap = () => {
      const phase =
        document.querySelector('[data-testid="worker-banner"]')?.getAttribute('data-phase') ?? null
      const pressed = document.querySelector('[data-testid="play"]')?.getAttribute('aria-pressed') ?? null
      const last = log.at(-1)
      if (!last || last.phase !== phase || last.pressed !== pressed) log.push({ phase, pressed })
    }
    new MutationObserver(snap).observe(document.body, { subtree: true, childList: true, attributes: true })
    snap()
  })
}

const stateLog = (p: Page) =>
  p.evaluate(
    () => (window as unknown as { stateLog: { phase: string | null; pressed: string | null }[] }).stateLog,
  )

/** The page's current simulation worker (a replaced one is gone from the list once it closed). */
function simWorker(p: Page): Worker {
  const workers = p.workers().filter((w) => /sim\.worker/.test(w.url()))
  const worker = workers.at(-1)
  if (!worker) throw new Error(`no sim worker among ${p.workers().map((w) => w.url())}`)
  return worker
}

const clockMs = async () => parseClock(await text(page, 'sim-clock'))
const phase = () =>
  page
    .getByTestId('worker-banner')
    .getAttribute('data-phase', { timeout: 1000 })
    .catch(() => null)

/** Plays until the clock is past `minutes` after the start, then kills the worker with `kill`; returns the clock then. */
async function killWhilePlaying(minutes: number, kill: (w: Worker) => Promise<unknown>): Promise<number> {
  await waitUntil(clockMs, (ms) => ms >= startMs + minutes * 60_000, 60_000)
  const worker = simWorker(page)
  const beforeMs = await clockMs()
  // self.close() may end the worker before it answers: the kill is not awaited past a short grace.
  await Promise.race([kill(worker).catch(() => undefined), settle(2000)])
  return beforeMs
}

/** Waits for the 'recovered' banner and checks what the brief promises: not earlier, moving again, Play truthful. */
async function expectRecovered(beforeMs: number, words: string, shot: string): Promise<void> {
  expect(await waitUntil(phase, (p) => p === 'recovered', 60_000)).toBe('recovered')
  const banner = page.getByTestId('worker-banner')
  const said = await banner.innerText()
  console.log('banner:', said)
  expect(said).toContain(words)
  const restoredMs = startMs + Number(await banner.getAttribute('data-restored-s')) * 1000
  // The clock showed a frame no later than the last consistent one; the restore starts there or later.
  expect(restoredMs).toBeGreaterThanOrEqual(beforeMs)
  const a = await clockMs()
  const b = await waitUntil(clockMs, (ms) => ms > a, 20_000)
  expect(b).toBeGreaterThan(a)
  expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('true')
  expect(await text(page, 'play')).toContain('Pause')
  const states = await stateLog(page)
  console.log(
    'banner phase / Play pressed, in order:',
    states.map((s) => `${s.phase}/${s.pressed}`).join(' '),
  )
  const restoring = states.filter((s) => s.phase === 'recovering')
  expect(restoring.every((s) => s.pressed === 'false')).toBe(true)
  await page.screenshot({ path: `${shots}${shot}.png` })
  // Dismissed, so the next test waits for a banner of its own.
  await banner.getByRole('button', { name: 'Dismiss' }).click()
  expect(await phase()).toBe(null)
}

/** Throws `message` in the worker outside any call: an uncaught error, which the page hears as an error event. */
const throwInWorker = (message: string) => (w: Worker) =>
  w.evaluate((m) => {
    setTimeout(() => {
      throw new Error(m)
    })
  }, message)

/**
 * Schedules a command for a unit the hall does not have, `inS` after run time `fromS`, by handing the worker's
 * own comlink endpoint the message the page would send: the engine then throws mid-step, as a real bug would.
 */
const scheduleBadCommand = (fromS: number, inS: number) => (w: Worker) =>
  w.evaluate((atS) => {
    const command = { type: 'failCoolingUnit', unitId: 'crah-9' }
    const argumentList = [command, atS].map((value) => ({ type: 'RAW', value }))
    const data = { id: 'e2e-bad-command', type: 'APPLY', path: ['schedule'], argumentList }
    self.dispatchEvent(new MessageEvent('message', { data }))
  }, fromS + inS)

beforeAll(async () => {
  session = await openLiveApp()
  page = session.page
  startMs = parseClock(await text(page, 'sim-clock'))
  await recordStates(page)
  await page.getByTestId('speed').selectOption('3600')
  await page.getByTestId('play').click()
})

afterAll(async () => {
  await session?.close()
})

describe('the simulation worker dies mid-run', () => {
  it('falls silent (self.close): the heartbeat notices, the banner says so, the run plays on from where it was', async () => {
    const beforeMs = await killWhilePlaying(60, (w) => w.evaluate(() => self.close()))
    await expectRecovered(beforeMs, 'it stopped answering for', 'worker-recovered')
    // While it was silent, before it was given up, the banner already said the worker was not answering.
    const phases = (await stateLog(page)).map((s) => s.phase)
    expect(phases.indexOf('waiting')).toBeGreaterThan(-1)
    expect(phases.indexOf('waiting')).toBeLessThan(phases.indexOf('recovering'))
  }, 120_000)

  it('raises an error: replaced at once, the run restored and playing', async () => {
    const beforeMs = await killWhilePlaying(120, throwInWorker('boom'))
    await expectRecovered(beforeMs, 'boom', 'worker-error-recovered')
  }, 120_000)

  it('dies a third time within two minutes: stops with a clear message, and Try again brings the run back', async () => {
    // The losses above count if they were less than two minutes ago; on a slow machine they may not be, so
    // the worker is killed again until the third loss in the window (at most three kills, seconds apart).
    let beforeMs = 0
    for (let kill = 1; kill <= 3; kill++) {
      beforeMs = await killWhilePlaying(180 + 60 * kill, throwInWorker(`boom ${kill}`))
      const after = await waitUntil(phase, (p) => p === 'stopped' || p === 'recovered', 20_000)
      if (after === 'stopped') break
      await page.getByTestId('worker-banner').getByRole('button', { name: 'Dismiss' }).click()
    }
    expect(await phase()).toBe('stopped')
    const said = await page.getByTestId('worker-banner').innerText()
    console.log('banner:', said)
    expect(said).toContain('stopped 3 times within 2 minutes, the last time because it raised an error')
    expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('false')
    expect(await page.getByTestId('play').isDisabled()).toBe(true)
    await page.screenshot({ path: `${shots}worker-stopped.png` })
    await page.getByRole('button', { name: 'Try again' }).click()
    expect(await waitUntil(phase, (p) => p === 'recovered', 60_000)).toBe('recovered')
    const restoredMs =
      startMs + Number(await page.getByTestId('worker-banner').getAttribute('data-restored-s')) * 1000
    expect(restoredMs).toBeGreaterThanOrEqual(beforeMs)
    // Restored paused (a retry does not play by itself); Play goes on from there.
    expect(await text(page, 'play')).toContain('Play')
    await page.getByTestId('play').click()
    const a = await clockMs()
    expect(await waitUntil(clockMs, (ms) => ms > a, 20_000)).toBeGreaterThan(a)
    console.log('page errors:', session.errors)
    await page.getByTestId('worker-banner').getByRole('button', { name: 'Dismiss' }).click()
  }, 120_000)

  it('throws in a step: Play reads Play, the banner says why, the run is back before the step and stays there', async () => {
    await page.getByTestId('play').click()
    expect(await text(page, 'play')).toContain('Play')
    const pausedMs = await clockMs()
    const atS = (pausedMs - startMs) / 1000 + 3600
    await scheduleBadCommand((pausedMs - startMs) / 1000, 3600)(simWorker(page))
    await settle(1500) // the page's 2 Hz sync takes the scheduled command into its record
    for (const round of [1, 2]) {
      await page.getByTestId('play').click()
      expect(await waitUntil(phase, (p) => p === 'recovered', 30_000)).toBe('recovered')
      const banner = page.getByTestId('worker-banner')
      const said = await banner.innerText()
      console.log(`step failure ${round}:`, said)
      expect(said).toContain('no cooling unit has id "crah-9"')
      expect(said).toContain('is paused')
      // Told once, by the worker banner: no calls caught in between show it again in the error banner.
      expect(await page.getByTestId('error').count()).toBe(0)
      expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('false')
      const restoredS = Number(await banner.getAttribute('data-restored-s'))
      // Before the step that failed (the command fires at atS), not before the clock the user saw.
      expect(restoredS).toBeLessThan(atS)
      expect(startMs + restoredS * 1000).toBeGreaterThanOrEqual(pausedMs)
      const still = await clockMs()
      await settle(1500)
      expect(await clockMs()).toBe(still)
      if (round === 1) await page.screenshot({ path: `${shots}worker-step-failed.png` })
      await banner.getByRole('button', { name: 'Dismiss' }).click()
    }
  }, 120_000)
})

// The Content-Security-Policy the built app runs under: read from its header and <meta> tags, and proved by
// the violations the browser reports (inline script, eval, a connection to an origin not listed), by the app
// drawing the hall with none of its own, and by a live source whose origin is listed after one reload.
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestWebSocketServer } from '../telemetry/testing/webSocketServer.ts'
import type { TestWebSocketServer } from '../telemetry/testing/webSocketServer.ts'
import { numberOf, waitUntil } from './page.ts'
import { expectHallDrawn, openLiveApp, shots } from './session.ts'
import type { Session } from './session.ts'

interface Violation {
  directive: string
  blocked: string
  /** The text of the policy that refused it. */
  policy: string
}

let session: Session
let page: Page
let headerPolicy = ''
let socketServer: TestWebSocketServer

/** Directive name → its sources, from one policy's text. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name, sources)
  }
  return map
}

const metaPolicies = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map(
      (m) => (m as HTMLMetaElement).content,
    ),
  )

/**
 * Evals in a later task and gives the error's name ('' if it ran): code the test driver runs itself may
 * eval, so the eval must come from a task of the page's (or worker's) own.
 */
const tryEval = () =>
  new Promise<string>((resolve) =>
    setTimeout(() => {
      try {
        eval('1 + 1')
        resolve('')
      } catch (error) {
        resolve((error as Error).name)
      }
    }),
  )

const violations = () => page.evaluate(() => (window as unknown as { violations: Violation[] }).violations)

beforeAll(async () => {
  socketServer = await startTestWebSocketServer(() => {})
  session = await openLiveApp()
  page = session.page
  // Recorded from the first script on, in every document this page loads (reloads included).
  await page.addInitScript(() => {
    const list: { directive: string; blocked: string; policy: string }[] = []
    ;(window as unknown as { violations: typeof list }).violations = list
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push({ directive: e.effectiveDirective, blocked: e.blockedURI, policy: e.originalPolicy }),
    )
  })
  const response = await page.reload()
  headerPolicy = response?.headers()['content-security-policy'] ?? ''
  await waitUntil(
    () => numberOf(page, 'kpi-it'),
    (v) => v > 0,
    15_000,
  )
})

afterAll(async () => {
  await session?.close()
  await socketServer?.close()
})

it('runs under a policy with no inline script and no eval, from the header and the page alike', async () => {
  const [built, narrowing, ...more] = await metaPolicies()
  expect(more).toEqual([])
  expect(headerPolicy).toBe(`${built}; frame-ancestors 'none'`)
  for (const policy of [headerPolicy, built]) {
    const d = directives(policy)
    expect(d.get('default-src')).toEqual(["'none'"])
    expect(d.get('script-src')).toEqual(["'self'"])
    expect(d.get('worker-src')).toEqual(["'self'"])
    expect(d.get('style-src')).toEqual(["'self'"]) // React sets style through the CSSOM, which this allows
    expect(d.get('object-src')).toEqual(["'none'"])
  }
  // Until a live source is connected, the page may connect to itself only.
  expect(narrowing).toBe("connect-src 'self'")
})

it('draws the hall and plays with no violation of its own', async () => {
  await expectHallDrawn(page)
  for (const tab of ['workload', 'whatif', 'power', 'inspect']) await page.getByTestId(`tab-${tab}`).click()
  await page.getByTestId('play').click()
  await page.waitForTimeout(1500)
  await page.screenshot({ path: `${shots}csp.png` })
  expect(await violations()).toEqual([])
  expect(session.errors).toEqual([])
})

it('refuses an inline script, eval, and a connection to an origin not listed, reporting each', async () => {
  const outcome = await page.evaluate(async (unlisted) => {
    const script = document.createElement('script')
    script.textContent = 'window.inlineRan = true'
    document.head.append(script)
    const fetched = await fetch(unlisted).then(
      () => 'fetched',
      (error: Error) => error.name,
    )
    await new Promise((resolve) => setTimeout(resolve, 200)) // violation events are queued as tasks
    return { inlineRan: 'inlineRan' in window, fetched }
  }, 'http://127.0.0.1:9/metrics')
  expect(outcome).toEqual({ inlineRan: false, fetched: 'TypeError' })
  expect(await page.evaluate(tryEval)).toBe('EvalError')
  await page.waitForTimeout(200) // violation events are queued as tasks
  // Each policy that refuses reports: the header's and index.html's both forbid inline script and eval;
  // only the narrowing one refuses the connection (the other two allow any http: origin).
  const [built, narrowing] = await metaPolicies()
  const name = new Map([
    [headerPolicy, 'header'],
    [built, 'index.html'],
    [narrowing, 'narrowing'],
  ])
  const reported = (await violations()).map((v) => `${name.get(v.policy)}: ${v.directive} ${v.blocked}`)
  expect(reported.sort()).toEqual([
    'header: script-src eval',
    'header: script-src-elem inline',
    'index.html: script-src eval',
    'index.html: script-src-elem inline',
    'narrowing: connect-src http://127.0.0.1:9/metrics',
  ])
})

it('runs the workers under the header policy, which forbids eval there too', async () => {
  // A dedicated worker takes its policy from its script's response: the header, not the page's <meta>s.
  const workers = page.workers()
  expect(workers.map((w) => new URL(w.url()).pathname.replace(/-[\w-]+\.js$/, ''))).toContain(
    '/assets/sim.worker',
  )
  for (const worker of workers) {
    expect(await worker.evaluate(tryEval)).toBe('EvalError')
  }
})

it('lists a new live source after one reload, and connects to it', async () => {
  await page.getByTestId('tab-workload').click()
  await page.getByTestId('live-kind').selectOption('websocket')
  await page.getByTestId('live-url').fill(`${socketServer.url}/telemetry`)
  await page.getByTestId('live-connect').click()
  // The page reloads with the origin in its narrowing policy, then connects the form that asked for it.
  const state = await waitUntil(
    // textContent, not innerText: the pill is upper-cased by CSS.
    () =>
      page
        .getByTestId('live-state')
        .textContent({ timeout: 1000 })
        .catch(() => ''),
    (v) => v === 'Live',
    30_000,
  )
  expect(state).toBe('Live')
  expect((await metaPolicies())[1]).toBe(`connect-src 'self' ${socketServer.url}`)
  expect(socketServer.urls.length).toBeGreaterThanOrEqual(1)
  expect(await violations()).toEqual([]) // a fresh document: nothing refused since the reload
})

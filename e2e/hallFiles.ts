// Handing the page files as a user would (a drop on the hall) and reading the error banner, for the hall tests.
import type { Page } from 'playwright-core'
import { waitUntil } from './page.ts'

/** Drops one file on the hall: dragenter, dragover and drop with a real DataTransfer, as a file manager sends. */
export async function dropFile(p: Page, name: string, body: string): Promise<void> {
  await p.evaluate(
    ({ name, body }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([body], name, { type: 'application/json' }))
      const target = document.querySelector('[data-testid="viewport"]')
      for (const type of ['dragenter', 'dragover', 'drop'])
        target?.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }))
    },
    { name, body },
  )
}

/** The error banner's text once it shows ('' if it has not within `timeoutMs`). */
export function bannerText(p: Page, timeoutMs = 20_000): Promise<string> {
  return waitUntil(
    () =>
      p
        .getByTestId('error')
        .innerText({ timeout: 100 })
        .catch(() => ''),
    (t) => t !== '',
    timeoutMs,
  )
}

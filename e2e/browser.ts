// End-to-end plumbing: find (or install) Debian's Chromium, launch it with software WebGL, serve dist/.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'
import { preview } from 'vite'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/** CHROMIUM_PATH or Debian's package; installs the package when running as root (CI images). */
export function findChromium(): string {
  const wanted = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM
  if (existsSync(wanted)) return wanted
  if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${wanted} does not exist`)
  if (process.getuid?.() !== 0)
    throw new Error(
      "Chromium not found: install the Debian package 'chromium' (apt-get install chromium) or set CHROMIUM_PATH",
    )
  const apt = (args: string[]) => execFileSync('apt-get', args, { stdio: 'inherit' })
  apt(['update'])
  apt(['install', '-y', '--no-install-recommends', 'chromium'])
  if (!existsSync(DEBIAN_CHROMIUM))
    throw new Error(`apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing`)
  return DEBIAN_CHROMIUM
}

/** Headless Chromium with WebGL on SwiftShader, the renderer that works without a GPU. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-quic',
      '--no-default-browser-check',
      '--disable-features=Translate,MediaRouter',
    ],
  })
}

/** Vite's preview server on the built dist/, on a free port of 127.0.0.1; close() when done. */
export async function startPreview(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(root, 'dist', 'index.html')))
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests')
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  })
  const url = server.resolvedUrls?.local[0]
  if (!url) throw new Error('vite preview did not report a URL')
  return { url, close: () => server.close() }
}

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

// Content-Security-Policy: the one in index.html's <meta>, sent as a header too by the dev and preview
// servers, with frame-ancestors, which a <meta> cannot carry. The header is what a worker runs under: a
// dedicated worker takes its policy from its own script's response, not from the page.
const META_POLICY = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/
const indexHtml = readFileSync(fileURLToPath(new URL('./index.html', import.meta.url)), 'utf8')
const builtPolicy = META_POLICY.exec(indexHtml)?.[1]
if (!builtPolicy) throw new Error('index.html has no Content-Security-Policy <meta>')
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`
// Dev only: plugin-react's inline Fast Refresh preamble (allowed by its hash) and the <style> elements
// vite injects for CSS (unsafe-inline, styles only); the build has neither.
const devPolicy = builtPolicy
  .replace("script-src 'self'", `script-src 'self' ${sha256(react.preambleCode.replace('__BASE__', '/'))}`)
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
const header = (policy: string) => ({ 'Content-Security-Policy': `${policy}; frame-ancestors 'none'` })
const devMeta: Plugin = {
  name: 'plenum:dev-csp-meta',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(builtPolicy, devPolicy),
}

export default defineConfig({
  plugins: [react(), devMeta],
  server: { headers: header(devPolicy) },
  preview: { headers: header(builtPolicy) },
  worker: { format: 'es' },
  // One chunk on purpose: a split ran zod before workers/noEval.ts set jitless (docs/performance.md#start-up).
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // A test that takes 1 s alone can take 5 s on a loaded 2-core machine: vitest's 5 s default would fail it
          // there. Heavy tests still set their own budgets; a hang still fails, after 20 s.
          testTimeout: 20_000,
          setupFiles: ['./vitest.setup.ts'],
          include: [
            'sim/**/*.test.ts',
            'workers/**/*.test.ts',
            'src/**/*.test.ts',
            'cli/**/*.test.ts',
            'telemetry/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})

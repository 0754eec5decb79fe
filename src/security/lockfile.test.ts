// Every dependency pinned: exact versions in package.json, and in package-lock.json an exact version and a sha512
// integrity hash for every package, so `npm ci` installs the same bytes everywhere or fails. The lockfile names no
// download address: npm fetches by name and version from the configured registry and checks the hash.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'

type Deps = Record<string, string>
interface Manifest {
  dependencies?: Deps
  devDependencies?: Deps
  optionalDependencies?: Deps
}
interface LockEntry extends Manifest {
  version?: string
  integrity?: string
  link?: boolean
}
interface Lockfile {
  lockfileVersion: number
  packages: Record<string, LockEntry>
}

const read = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8'))

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/
const SHA512 = /^sha512-[A-Za-z0-9+/]{86}==$/
const SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const

/** One line per way the manifest and its lockfile leave a version to chance. */
function pinningProblems(manifest: Manifest, lock: Lockfile): string[] {
  const problems: string[] = []
  if (lock.lockfileVersion !== 3) problems.push(`lockfileVersion ${lock.lockfileVersion}, expected 3`)
  for (const section of SECTIONS) {
    for (const [name, range] of Object.entries(manifest[section] ?? {}))
      if (!EXACT.test(range))
        problems.push(`package.json ${section}.${name}: "${range}" is not an exact version`)
    const locked = lock.packages['']?.[section] ?? {}
    if (JSON.stringify(locked) !== JSON.stringify(manifest[section] ?? {}))
      problems.push(`package-lock.json's root ${section} differ from package.json's: run npm install`)
  }
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '') continue
    if (entry.link) problems.push(`${path}: a link, not a pinned package`)
    else if (!EXACT.test(entry.version ?? '')) problems.push(`${path}: version "${entry.version}"`)
    else if (!SHA512.test(entry.integrity ?? ''))
      problems.push(`${path}: integrity "${entry.integrity}" is not a sha512 hash`)
  }
  return problems
}

it('pins every dependency in package.json and package-lock.json', () => {
  const lock = read<Lockfile>('package-lock.json')
  expect(pinningProblems(read<Manifest>('package.json'), lock)).toEqual([])
  expect(Object.keys(lock.packages).length).toBeGreaterThan(100) // the whole tree is there, not the root alone
})

it('catches a loose range, a lockfile out of step, a missing or weak hash and a loose version', () => {
  const hash = `sha512-${'A'.repeat(86)}==`
  const manifest = { dependencies: { zod: '^4.6.7' } }
  const lock: Lockfile = {
    lockfileVersion: 3,
    packages: {
      '': { dependencies: { zod: '4.6.7' } },
      'node_modules/zod': { version: '4.6.7' },
      'node_modules/@types/node': { version: '20.19.43', integrity: 'sha1-abc' },
      'node_modules/react': { version: '^19.3.1', integrity: hash },
      'node_modules/three': { version: '0.187.0', integrity: hash },
    },
  }
  expect(pinningProblems(manifest, lock)).toEqual([
    'package.json dependencies.zod: "^4.6.7" is not an exact version',
    "package-lock.json's root dependencies differ from package.json's: run npm install",
    'node_modules/zod: integrity "undefined" is not a sha512 hash',
    'node_modules/@types/node: integrity "sha1-abc" is not a sha512 hash',
    'node_modules/react: version "^19.3.1"',
  ])
})

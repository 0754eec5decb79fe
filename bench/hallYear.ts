// The issue-10 hall-year: the large hall at a 60 s tick driven by a PlanetLab trace, beside the fast method.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseScenarioText, planetLabReader } from '../sim/index.ts'
import { runHorizon } from '../sim/forecast/horizon/index.ts'
import type { HorizonMethod } from '../sim/forecast/horizon/index.ts'

const FILE = 'scenarios/large-hall.json'
const SHARED = join(process.env.PLENUM_SHARED_DATA ?? '../shared/data', 'planetlab/20110303')
const FIXTURE = 'test-fixtures/planetlab'
const TARGET_S = 10
const TARGET_MB = 1024

/** Every PlanetLab VM file in the folder: the full day of 2011-03-03 when ../shared/data is there. */
function planetLab(dir: string) {
  return readdirSync(dir)
    .filter((name) => !/\.(md|txt)$/.test(name))
    .map((name) => {
      const reader = planetLabReader(join(dir, name), name)
      reader.push(readFileSync(join(dir, name), 'utf8'))
      return reader.finish()
    })
}

/** One mean month (30.44 d) of the trace-driven large hall, fine and fast, scaled to a year. */
export function hallYearReport(): string[] {
  const dir = existsSync(SHARED) ? SHARED : FIXTURE
  const series = planetLab(dir)
  const scenario = parseScenarioText(readFileSync(FILE, 'utf8'), FILE)
  const trace = { utilization: { series, loop: true } }
  const lines = [
    '== hallYear',
    `${FILE}, ${series.length} PlanetLab VMs from ${dir} looped, one month × 12`,
    '',
  ]
  for (const method of ['fine', 'fast'] as HorizonMethod[]) {
    const t0 = performance.now()
    const r = runHorizon(scenario, { months: 1, loadScaleAt: () => 1, itLimitW: Infinity, method, trace })
    const yearS = ((performance.now() - t0) / 1000) * 12
    const m = r.months[0]
    lines.push(
      `${method.padEnd(5)} ${yearS.toFixed(0).padStart(5)} s a year  ${r.events.toLocaleString('en-US').padStart(8)} events a month  peak inlet ${m.peakInletC.toFixed(3)} °C  IT ${m.itEnergyKwh.toFixed(0)} kWh   ${yearS <= TARGET_S ? 'PASS' : 'MISS'} (≤ ${TARGET_S} s)`,
    )
  }
  const rssMb = process.resourceUsage().maxRSS / 1024
  lines.push(
    `max RSS ${rssMb.toFixed(0)} MB   ${rssMb <= TARGET_MB ? 'PASS' : 'MISS'} (≤ ${TARGET_MB} MB)`,
    '',
  )
  return lines
}

// Shadow mode on the tiny hall: racks at exactly 2 kW and 18 °C against readings of 2.2 kW and 21 °C.
import { expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import { createSimulation } from '../simulation.ts'
import { tinyHall } from '../testing/tinyHall.ts'
import { parseLongCsv } from '../testing/wholeText.ts'

const START_S = Date.UTC(2026, 0, 1) / 1000 // the tiny hall's start
const csv = ['timestamp,asset,metric,value,unit']
for (let t = 0; t <= 7200; t += 60) {
  csv.push(`${START_S + t},A-01,power,2.2,kW`, `${START_S + t},A-01,inlet_temperature,21,C`)
  csv.push(`${START_S + t},PDU-9,power,5,kW`) // not a rack of this hall
}

it('reports MAPE per metric and raises an anomaly after 15 minutes 3 K off', () => {
  const measured = parseLongCsv(csv.join('\n'), 'shadow.csv').channels
  const sim = createSimulation(parseScenario(tinyHall()), { measured })
  sim.runUntil(7200)
  const report = sim.shadow()!
  expect(report.mapePct.power).toBeCloseTo((100 * 200) / 2200, 9) // |2200 − 2000| / 2200
  expect(report.mapePct.inlet_temperature).toBeCloseTo((100 * 3) / 21, 9)
  expect(report.compared.power).toBe(120) // one comparison per physics tick, 60 … 7,200 s
  expect(report.ignoredChannels).toEqual(['PDU-9/power'])
  const raised = report.anomalies.filter((a) => a.kind === 'raise')
  expect(raised.map((a) => [a.asset, a.metric])).toEqual([['A-01', 'inlet_temperature']])
  expect(raised[0].atS - raised[0].sinceS).toBeGreaterThan(900)
  expect(raised[0].atS - raised[0].sinceS).toBeLessThanOrEqual(960)
})

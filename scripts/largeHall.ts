// Writes scenarios/large-hall.json: 20 rows × 22 racks in two blocks, 8,800 servers, 18 perimeter CRAHs.
// Generated rather than hand-typed so the geometry stays consistent; run `npx tsx scripts/largeHall.ts`.
import { readFileSync, writeFileSync } from 'node:fs'

const base = JSON.parse(readFileSync('scenarios/default.json', 'utf8'))
const RACKS_PER_ROW = 22
const RACK_WIDTH_M = 0.6
const RACK_DEPTH_M = 1.2
const COLD_AISLE_M = 1.8
const HOT_AISLE_M = 1.2
const BLOCK_X_M = [4.2, 21]
const PAIRS = 5
const FIRST_Y_M = 2.4

const round = (m: number) => Math.round(m * 100) / 100

const rows: { id: string }[] = []
const aisles = []
for (const [b, xM] of BLOCK_X_M.entries()) {
  const block = b === 0 ? 'W' : 'E'
  let yM = FIRST_Y_M
  for (let p = 0; p < PAIRS; p++) {
    aisles.push({
      id: `hot-${block}${p}`,
      kind: 'hot',
      xM,
      yM: round(yM - HOT_AISLE_M),
      widthM: RACKS_PER_ROW * RACK_WIDTH_M,
      depthM: HOT_AISLE_M,
    })
    rows.push(row(`${block}${2 * p + 1}`, xM, round(yM), '+y'))
    yM += RACK_DEPTH_M
    aisles.push({
      id: `cold-${block}${p}`,
      kind: 'cold',
      xM,
      yM: round(yM),
      widthM: RACKS_PER_ROW * RACK_WIDTH_M,
      depthM: COLD_AISLE_M,
    })
    yM += COLD_AISLE_M
    rows.push(row(`${block}${2 * p + 2}`, xM, round(yM), '-y'))
    yM += RACK_DEPTH_M + HOT_AISLE_M
  }
  aisles.push({
    id: `hot-${block}${PAIRS}`,
    kind: 'hot',
    xM,
    yM: round(yM - HOT_AISLE_M),
    widthM: RACKS_PER_ROW * RACK_WIDTH_M,
    depthM: HOT_AISLE_M,
  })
}
const widthM = round(BLOCK_X_M[1] + RACKS_PER_ROW * RACK_WIDTH_M + 4.2)
const depthM = round(FIRST_Y_M + PAIRS * (2 * RACK_DEPTH_M + COLD_AISLE_M + HOT_AISLE_M) + 1.2)

function row(id: string, xM: number, yM: number, facing: string) {
  const servers = [
    { model: 'dell-r640', uPosition: 2, count: 16 },
    { model: 'dell-r740', uPosition: 20, count: 4 },
  ]
  return { id, xM, yM, axis: 'x', facing, racks: [{ count: RACKS_PER_ROW, powerBudgetKw: 10, servers }] }
}

const coolingUnits = []
for (let k = 0; k < 9; k++) {
  const yM = round(2 + (k * (depthM - 4)) / 8)
  const unit = { capacityKw: 300, airflowM3s: 22, supplySetpointC: 20, fanPowerW: 11000 }
  coolingUnits.push({ id: `crah-w${k + 1}`, type: 'crah', xM: 0.6, yM, facing: '+x', ...unit })
  coolingUnits.push({ id: `crah-e${k + 1}`, type: 'crah', xM: widthM - 0.6, yM, facing: '-x', ...unit })
}

// 2N: two 3 MW UPS systems, and for every pair of rows an A-side and a B-side PDU feeding all their racks.
function largeHallPowerChain() {
  const pdu = { capacityKw: 250, breakerRatingA: 32, voltageV: 400, phases: 3, powerFactor: 0.95 }
  const pdus = []
  const feeds = []
  for (let r = 0; r < rows.length; r += 2) {
    const pair = `${rows[r].id}${rows[r + 1].id}`
    pdus.push(
      { id: `pdu-${pair}-a`, upsId: 'ups-a', ...pdu },
      { id: `pdu-${pair}-b`, upsId: 'ups-b', ...pdu },
    )
    feeds.push({
      racks: [`${rows[r].id}-*`, `${rows[r + 1].id}-*`],
      pduA: `pdu-${pair}-a`,
      pduB: `pdu-${pair}-b`,
    })
  }
  return {
    upsSystems: [
      { id: 'ups-a', capacityKw: 3000, redundancy: '2N', partnerId: 'ups-b' },
      { id: 'ups-b', capacityKw: 3000, redundancy: '2N', partnerId: 'ups-a' },
    ],
    pdus,
    feeds,
  }
}

const scenario = {
  $schema: './schema.json',
  version: 1,
  name: 'Large hall',
  description:
    'A 1,600 m² colocation hall: 20 rows of 22 racks in two blocks, 8,800 Dell PowerEdge servers, 18 perimeter CRAHs, diurnal load.',
  seed: 7,
  startDate: '2026-01-05T00:00:00Z',
  horizon: '1d',
  stepS: 60,
  room: {
    widthM,
    depthM,
    heightM: 4.5,
    lightingW: Math.round(widthM * depthM * 5),
    recirculationFraction: 0.25,
    rowEndRecirculationFraction: 0.15,
  },
  aisles,
  serverModels: base.serverModels,
  rows,
  coolingUnits,
  powerChain: largeHallPowerChain(),
  // The plant is sized for the hall's heat, not its 5.4 MW of CRAHs: 2.3 MW of peak IT + 0.2 MW of CRAH fans
  // + PDU losses and lighting ≈ 2.7 MW, so a 3 MW chiller plant; pumps and tower sized on it. The UPS rooms are
  // on the same chilled-water plant (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
  plant: { ...base.plant, chillerCapacityKw: 3000, upsRoomCooling: { kind: 'chilledWater' } },
  workload: {
    kind: 'diurnal',
    meanUtilization: 0.45,
    amplitude: 0.15,
    peakHourUtc: 15,
    noiseSd: 0.03,
    updateS: 300,
  },
  events: [],
}
writeFileSync('scenarios/large-hall.json', JSON.stringify(scenario, null, 2) + '\n')
console.log(
  `large-hall.json: ${rows.length * RACKS_PER_ROW} racks, ${rows.length * RACKS_PER_ROW * 20} servers, ${coolingUnits.length} CRAHs, ${widthM} × ${depthM} m`,
)

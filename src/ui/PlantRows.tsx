// The Power tab's efficiency and cooling-plant figures: PUE at both of The Green Grid's measurement points and
// the partial PUEs since the start, cooling power by part now, and the chilled-water flow
// (docs/physics.md#plant-pumps-towers-ups-room-cooling-pue-categories).
import { HEADER, pueBreakdownOfFrame } from '../../sim/index.ts'
import { fixed, formatDuration } from './format.ts'
import { LiveRow } from './LiveRow.tsx'
import { useLiveText } from './useLiveText.ts'

type PueKey = keyof ReturnType<typeof pueBreakdownOfFrame>

// Readers are module constants: useLiveText wants stable functions.
const pueRow = (testId: string, key: PueKey, label: string, detail: string) => ({
  testId,
  label,
  detail,
  read: (f: Float64Array) => fixed(pueBreakdownOfFrame(f)[key], 3),
  value: (f: Float64Array) => pueBreakdownOfFrame(f)[key],
})
const PUE_ROWS = [
  pueRow('pue-server-input', 'pue', 'PUE (IT at server input)', 'facility ÷ IT at the servers (category 3)'),
  pueRow(
    'pue-ups-output',
    'pueUpsOutput',
    'PUE (IT at UPS output)',
    'facility ÷ UPS output, PDU losses as IT (category 1)',
  ),
  pueRow('ppue-cooling', 'partialPueCooling', 'pPUE cooling', '(IT + all cooling) ÷ IT'),
  pueRow('ppue-electrical', 'partialPueElectrical', 'pPUE electrical', '(IT + UPS + PDU losses) ÷ IT'),
]
const kw = (slot: keyof typeof HEADER) => (f: Float64Array) => fixed(f[HEADER[slot]] / 1000, 1)
const READ = {
  fans: kw('unitFanW'),
  chillers: kw('chillersAndCompressorsW'),
  chwPump: kw('chilledWaterPumpW'),
  cwPump: kw('condenserWaterPumpW'),
  tower: kw('towerFanW'),
  upsRoom: kw('upsRoomCoolingW'),
  cooling: kw('coolingW'),
  flow: (f: Float64Array) => fixed(f[HEADER.chilledWaterFlowM3s] * 1000, 2),
  flowLs: (f: Float64Array) => f[HEADER.chilledWaterFlowM3s] * 1000,
  span: (f: Float64Array) => `over ${formatDuration(f[HEADER.timeS])}`,
  timeS: (f: Float64Array) => f[HEADER.timeS],
}

/** "over 15 h 12 min": the span the PUEs average over, with the run time in s in data-value. */
function Span() {
  const ref = useLiveText(READ.span, READ.timeS)
  return (
    <small className="muted span-note" data-testid="pue-span" ref={ref}>
      —
    </small>
  )
}

/** A row label with a plain-words note under it. */
const note = (label: string, detail: string) => (
  <>
    {label}
    <small>{detail}</small>
  </>
)

export function PlantRows() {
  return (
    <>
      <h2>Efficiency since the start</h2>
      <Span />
      <table className="kv">
        <tbody>
          {PUE_ROWS.map((row) => (
            <LiveRow
              key={row.testId}
              label={note(row.label, row.detail)}
              read={row.read}
              readValue={row.value}
              testId={row.testId}
            />
          ))}
        </tbody>
      </table>
      <h2 className="sub-panel">Cooling power now</h2>
      <table className="kv">
        <tbody>
          <LiveRow label="CRAH / CRAC fans" unit="kW" read={READ.fans} testId="plant-fans" />
          <LiveRow label="Chillers and compressors" unit="kW" read={READ.chillers} testId="plant-chillers" />
          <LiveRow label="Chilled-water pumps" unit="kW" read={READ.chwPump} testId="plant-chw-pumps" />
          <LiveRow label="Condenser-water pumps" unit="kW" read={READ.cwPump} testId="plant-cw-pumps" />
          <LiveRow label="Cooling-tower fans" unit="kW" read={READ.tower} testId="plant-tower" />
          <LiveRow label="UPS-room cooling" unit="kW" read={READ.upsRoom} testId="plant-ups-room" />
          <LiveRow label={<b>All cooling</b>} unit="kW" read={READ.cooling} testId="plant-cooling" />
          <LiveRow
            label="Chilled-water flow"
            unit="L/s"
            read={READ.flow}
            readValue={READ.flowLs}
            testId="plant-chw-flow"
          />
        </tbody>
      </table>
    </>
  )
}

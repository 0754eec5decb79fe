// The power tab: conditions now (cooling, power, climate) listed, the one-line diagram of the power chain, PUE and
// the cooling plant, and the UPS systems and PDUs with fail/restore and their losses.
import { useState } from 'react'
import { HEADER } from '../../sim/index.ts'
import { send } from '../state/commands.ts'
import { useUi } from '../state/store.ts'
import { ConditionList } from './ConditionList.tsx'
import { fixed } from './format.ts'
import { LiveValue } from './LiveValue.tsx'
import { PlantRows } from './PlantRows.tsx'
import { OneLineDiagram } from './oneline/OneLineDiagram.tsx'

const readUpsLoss = (f: Float64Array) => fixed(f[HEADER.upsLossW] / 1000, 1)
const readPduLoss = (f: Float64Array) => fixed(f[HEADER.pduLossW] / 1000, 1)

type AssetState = 'up' | 'down' | 'unfed'
const STATE_TEXT: Record<AssetState, string> = { up: 'running', down: 'failed', unfed: 'no supply' }
const DOT: Record<AssetState, string> = { up: 'on', down: 'off', unfed: 'pending' }

function AssetRow(props: { id: string; detail: string; state: AssetState }) {
  const [pending, setPending] = useState(false)
  const failed = props.state === 'down'
  const toggle = async () => {
    setPending(true)
    await send({ type: failed ? 'restorePowerAsset' : 'failPowerAsset', assetId: props.id })
    setPending(false)
  }
  return (
    <li className="asset-row">
      <span className={`dot ${DOT[props.state]}`} aria-hidden="true" />
      <span className="asset-name">
        <b>{props.id}</b>
        <span className="muted">
          {props.detail} · <span data-testid={`power-state-${props.id}`}>{STATE_TEXT[props.state]}</span>
        </span>
      </span>
      <button
        type="button"
        className={failed ? 'primary small' : 'danger small'}
        data-testid={`power-toggle-${props.id}`}
        disabled={pending}
        onClick={() => void toggle()}
      >
        {failed ? 'Restore' : 'Fail'}
      </button>
    </li>
  )
}

export function PowerPanel({ hidden }: { hidden: boolean }) {
  const layout = useUi((s) => s.layout)
  const power = layout?.power
  const down = useUi((s) => s.powerDown)
  const hasChain = !!power && power.ups.length > 0
  return (
    <div className="tab-pane" role="tabpanel" hidden={hidden} data-testid="power-panel">
      <section className="panel">
        <h2>Conditions now</h2>
        <ConditionList />
        <p className="muted note">
          Cooling: heat beyond the running units with the design&apos;s spares out (redundancy lost) or beyond
          them all (over capacity). Climate: rack inlets outside their ASHRAE class or changing too fast.
        </p>
      </section>
      {hasChain && layout && (
        <section className="panel">
          <h2>One-line diagram</h2>
          <div className="oneline-scroll">
            <OneLineDiagram layout={layout} active={!hidden} />
          </div>
          <p className="muted note">
            Boxes and rack cells are coloured by load against their rating (the Power colour scale); a
            row&apos;s % is of its racks&apos; budgets. A feeds solid, B dashed. Hover a rack cell for its
            numbers.
          </p>
        </section>
      )}
      <section className="panel">
        <PlantRows />
      </section>
      <section className="panel">
        <div className="grid2">
          <LiveValue label="UPS losses" unit="kW" read={readUpsLoss} testId="power-ups-loss" />
          <LiveValue label="PDU losses" unit="kW" read={readPduLoss} testId="power-pdu-loss" />
        </div>
      </section>
      {!hasChain ? (
        <section className="panel">
          <p className="muted">This hall has a single UPS and no modelled power chain.</p>
        </section>
      ) : (
        <section className="panel assets">
          <h2>UPS systems</h2>
          <ul>
            {power.ups.map((u) => (
              <AssetRow
                key={u.id}
                id={u.id}
                detail={`${u.redundancy} · ${u.capacityKw} kW`}
                state={down.includes(u.id) ? 'down' : 'up'}
              />
            ))}
          </ul>
          <h2>PDUs</h2>
          <ul>
            {power.pdus.map((p) => (
              <AssetRow
                key={p.id}
                id={p.id}
                detail={`${p.upsId} · ${p.capacityKw} kW`}
                state={down.includes(p.id) ? 'down' : down.includes(p.upsId) ? 'unfed' : 'up'}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

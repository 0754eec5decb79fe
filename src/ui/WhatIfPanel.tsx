// The failure what-if tab: fail an asset now or later, see how long the inlets hold, restore what is down, fork a what-if.
import { DownList } from './DownList.tsx'
import { FailurePicker } from './FailurePicker.tsx'
import { ForkPanel } from './ForkPanel.tsx'
import { LimitTable } from './LimitTable.tsx'
import { useUi } from '../state/store.ts'

export function WhatIfPanel({ hidden }: { hidden: boolean }) {
  // Changes picked for another hall name its units and assets: a new hall starts the list afresh.
  const hall = useUi((s) => s.scenario)
  return (
    <div className="tab-pane" role="tabpanel" hidden={hidden} data-testid="whatif-panel">
      <section className="panel">
        <h2>Fail an asset</h2>
        <FailurePicker />
      </section>
      <section className="panel">
        <h2>Time until hottest inlet reaches</h2>
        <LimitTable />
      </section>
      <section className="panel">
        <DownList />
      </section>
      <ForkPanel key={hall} />
    </div>
  )
}

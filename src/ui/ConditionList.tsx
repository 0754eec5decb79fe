// The Power tab's conditions: cooling redundancy state, how many conditions of each kind are active, and each
// of them listed with its numbers and the time it was raised.
import { COOLING_STATES, HEADER } from '../../sim/index.ts'
import type { ActiveCondition } from '../../sim/index.ts'
import { useUi } from '../state/store.ts'
import { conditionDetail, conditionTitle, GROUP_TITLES } from './panelText.ts'
import { fixed, formatShortTime } from './format.ts'
import { LiveRow } from './LiveRow.tsx'
import { AtPresent } from './PresentNote.tsx'

const count = (slot: keyof typeof HEADER) => (f: Float64Array) => fixed(f[HEADER[slot]], 0)
const READ = {
  cooling: (f: Float64Array) => COOLING_STATES[f[HEADER.coolingState]] ?? '—',
  coolingCount: count('coolingConditions'),
  powerCount: count('powerConditions'),
  climateCount: count('climateConditions'),
}

// A hall-wide failure can put every rack outside its envelope: a few per group, then a count.
const SHOWN_PER_GROUP = 6
const GROUPS = ['cooling', 'power', 'climate'] as const

function Item({ c, startEpochS }: { c: ActiveCondition; startEpochS: number }) {
  return (
    <li>
      <b>{c.assetId === 'cooling' ? 'Hall' : c.assetId}</b> {conditionTitle(c)}
      <span className="detail">
        {conditionDetail(c)}
        {c.sinceS !== null && ` · since ${formatShortTime(startEpochS + c.sinceS)}`}
      </span>
    </li>
  )
}

function Group({ group, items }: { group: ActiveCondition['group']; items: readonly ActiveCondition[] }) {
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  if (items.length === 0) return null
  const hidden = items.slice(SHOWN_PER_GROUP)
  const key = (c: ActiveCondition) => `${c.kind} ${c.assetId}`
  return (
    <>
      <h4 className="sub-head">{GROUP_TITLES[group]}</h4>
      <ul className="conditions" data-testid={`conditions-${group}`}>
        {items.slice(0, SHOWN_PER_GROUP).map((c) => (
          <Item key={key(c)} c={c} startEpochS={startEpochS} />
        ))}
        {hidden.length > 0 && (
          // Every condition is listed, the rest one click away (a hall-wide outage raises one per rack).
          <li className="muted">
            <details data-testid={`conditions-${group}-more`}>
              <summary>and {hidden.length} more</summary>
              <ul className="conditions">
                {hidden.map((c) => (
                  <Item key={key(c)} c={c} startEpochS={startEpochS} />
                ))}
              </ul>
            </details>
          </li>
        )}
      </ul>
    </>
  )
}

export function ConditionList() {
  const conditions = useUi((s) => s.conditions)
  return (
    <>
      <table className="kv">
        <tbody>
          <LiveRow label="Cooling redundancy" read={READ.cooling} testId="cooling-state" />
          <LiveRow label="Cooling conditions" read={READ.coolingCount} testId="cooling-conditions" />
          <LiveRow label="Power conditions" read={READ.powerCount} testId="power-conditions" />
          <LiveRow label="Climate conditions" read={READ.climateCount} testId="climate-conditions" />
        </tbody>
      </table>
      {/* The counts above are the shown frame's; the list is the worker's, of the run's present. */}
      <AtPresent testId="conditions-at-present">
        {conditions !== null && conditions.length === 0 && (
          <p className="muted note" data-testid="conditions-none">
            No condition active.
          </p>
        )}
        {GROUPS.map((g) => (
          <Group key={g} group={g} items={(conditions ?? []).filter((c) => c.group === g)} />
        ))}
      </AtPresent>
    </>
  )
}

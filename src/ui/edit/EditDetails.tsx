// While editing: where the selected rack or unit stands (its centre on the floor plan, m) and, for a cooling unit,
// its supply setpoint as a number field (5–35 °C, the schema's range: sim/scenario/hallSchema.ts).
import { useState } from 'react'
import { useEditMode } from '../../scene/edit/editMode.ts'
import { useHall } from '../../state/hall.ts'
import { useUi } from '../../state/store.ts'
import { setSetpoint } from './editActions.ts'

// The plan's +y is north (the compass): a compass word reads better than an axis; the scenario's value follows.
const FACING_WORDS: Record<string, string> = {
  '+y': 'north (+y)',
  '-y': 'south (−y)',
  '+x': 'east (+x)',
  '-x': 'west (−x)',
}

const MIN_C = 5
const MAX_C = 35

function SetpointField({ unitId, setpointC }: { unitId: string; setpointC: number }) {
  const [text, setText] = useState(String(setpointC))
  const value = Number(text)
  const valid = text.trim() !== '' && Number.isFinite(value) && value >= MIN_C && value <= MAX_C
  const apply = () => {
    if (valid && value !== setpointC) void setSetpoint(unitId, value)
    else if (!valid) setText(String(setpointC))
  }
  return (
    <input
      type="number"
      min={MIN_C}
      max={MAX_C}
      step={0.5}
      value={text}
      aria-invalid={!valid}
      aria-label="Supply setpoint, °C"
      title={`Supply-air setpoint, ${MIN_C}–${MAX_C} °C; Enter applies`}
      data-testid="setpoint-input"
      onChange={(e) => setText(e.target.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply()
      }}
    />
  )
}

export function EditDetails() {
  const on = useEditMode((s) => s.on)
  const selection = useUi((s) => s.selection)
  const layout = useUi((s) => s.layout)
  const units = useHall((s) => s.doc?.coolingUnits)
  const box =
    selection && layout && (selection.kind === 'rack' ? layout.racks : layout.units)[selection.index]
  if (!on || !selection || !box) return null
  const unit = selection.kind === 'unit' ? units?.find((u) => u.id === box.id) : undefined
  return (
    <section className="panel edit-details" data-testid="edit-details">
      <h4 className="sub-head">Placement</h4>
      <table className="kv">
        <tbody>
          <tr>
            <td>Centre (x, y)</td>
            <td data-testid="edit-position" data-x={box.xM} data-y={box.yM}>
              {box.xM.toFixed(2)}, {box.yM.toFixed(2)} m
            </td>
          </tr>
          <tr>
            <td>Front faces</td>
            <td data-testid="edit-facing" data-facing={box.facing}>
              {FACING_WORDS[box.facing] ?? box.facing}
            </td>
          </tr>
          {unit && (
            <tr>
              <td>Supply setpoint, °C</td>
              <td>
                <SetpointField
                  key={`${unit.id}:${unit.supplySetpointC}`}
                  unitId={unit.id}
                  setpointC={unit.supplySetpointC}
                />
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  )
}

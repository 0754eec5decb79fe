// New hall…: a name, the room's size and the row template new rows are laid out from; the hall opens empty.
import { useState } from 'react'
import type { FormEvent } from 'react'
import { SPECPOWER_CATALOG } from '../../../sim/catalog/specpower.ts'
import type { RowTemplate } from '../../../sim/edit/edit.ts'
import { createHall } from '../../library/hallActions.ts'
import { Dialog } from './Dialog.tsx'
import { DEFAULT_VALUES, readField, ROOM_FIELDS, ROW_FIELDS } from './newHallFields.ts'
import type { NumberField, NumberKey } from './newHallFields.ts'

export function NewHallDialog({ onClose }: { onClose: () => void }) {
  const [name, setName] = useState('New hall')
  const [values, setValues] = useState(DEFAULT_VALUES)
  const [model, setModel] = useState('')
  const [problems, setProblems] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const read = {} as Record<NumberKey, number>
    const found: string[] = name.trim() === '' ? ['Name: a hall needs a name'] : []
    for (const field of [...ROOM_FIELDS, ...ROW_FIELDS]) {
      const value = readField(field, values[field.key])
      if (typeof value === 'string') found.push(value)
      else read[field.key] = value
    }
    if (found.length === 0 && read.serversPerRack > read.uHeight) {
      found.push(`Servers per rack: ${read.serversPerRack} do not fit in ${read.uHeight} U`)
    }
    setProblems(found)
    if (found.length > 0) return
    const template: RowTemplate = {
      racksPerRow: read.racksPerRow,
      rackWidthM: read.rackWidthM,
      rackDepthM: read.rackDepthM,
      uHeight: read.uHeight,
      powerBudgetKw: read.powerBudgetKw,
      serverModel: model === '' ? null : model,
      serversPerRack: model === '' ? 0 : read.serversPerRack,
    }
    setBusy(true)
    const opened = await createHall({ name: name.trim(), widthM: read.widthM, depthM: read.depthM }, template)
    setBusy(false)
    if (opened) onClose()
  }

  // Picking a model for empty racks suggests ten servers a rack (about 3 kW of 1U servers, under the 8 kW budget).
  const pickModel = (id: string) => {
    setModel(id)
    if (id !== '' && values.serversPerRack === '0') setValues({ ...values, serversPerRack: '10' })
  }

  const input = (field: NumberField) => (
    <label key={field.key} className="dialog-field">
      <span>{field.label}</span>
      <input
        type="number"
        data-testid={`new-hall-${field.key}`}
        min={field.min}
        max={field.max}
        step={field.step}
        value={values[field.key]}
        onChange={(e) => setValues({ ...values, [field.key]: e.target.value })}
      />
    </label>
  )

  return (
    <Dialog title="New hall" testId="new-hall-dialog" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <label className="dialog-field wide">
          <span>Name</span>
          <input data-testid="new-hall-name" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <fieldset>
          <legend>Room</legend>
          {ROOM_FIELDS.map(input)}
        </fieldset>
        <fieldset>
          <legend>Row template (what “Add row” lays out)</legend>
          {ROW_FIELDS.slice(0, 5).map(input)}
          <label className="dialog-field wide">
            <span>Server model</span>
            <select data-testid="new-hall-model" value={model} onChange={(e) => pickModel(e.target.value)}>
              <option value="">None: empty racks</option>
              {SPECPOWER_CATALOG.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {entry.server}, {entry.config}
                </option>
              ))}
            </select>
          </label>
          {model !== '' && input(ROW_FIELDS[5])}
        </fieldset>
        <p className="dialog-note">
          The hall opens empty: no rows, cooling units or servers. A UPS of 1 kW per m² of floor is assumed.
        </p>
        {problems.length > 0 && (
          <ul className="dialog-problems" data-testid="new-hall-problems">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="new-hall-create" disabled={busy}>
            Create hall
          </button>
        </div>
      </form>
    </Dialog>
  )
}

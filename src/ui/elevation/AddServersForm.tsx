// The elevation's "add servers" row: a model (the hall's or a SPECpower curve), its U height for a catalogue
// curve, the lowest U and how many to stack upward; the slots it would fill are previewed on the drawing.
import { GroupedSelect } from '../GroupedSelect.tsx'
import type { ModelChoice } from './modelChoices.ts'

/** What the user has picked so far. */
export interface AddPick {
  modelKey: string
  /** U height for a catalogue curve (a hall model brings its own). */
  catalogueUHeight: number
  fromU: number
  count: number
}

interface Props {
  choices: { hall: ModelChoice[]; catalogue: ModelChoice[] }
  pick: AddPick
  uHeight: number
  /** Servers of the picked height that fit upward from pick.fromU. */
  room: number
  busy: boolean
  onChange: (pick: AddPick) => void
  onAdd: () => void
}

/** A labelled whole-number input from 1 to `max`; text that is not a number reads as 1. */
function WholeField(props: {
  label: string
  title?: string
  max: number
  value: number
  testId: string
  onChange: (value: number) => void
}) {
  return (
    <label title={props.title}>
      {props.label}
      <input
        type="number"
        min={1}
        max={props.max}
        value={props.value}
        onChange={(e) => {
          const n = Number.parseInt(e.target.value, 10)
          props.onChange(Number.isFinite(n) ? n : 1)
        }}
        data-testid={props.testId}
      />
    </label>
  )
}

export function AddServersForm({ choices, pick, uHeight, room, busy, onChange, onAdd }: Props) {
  const fromCatalogue = pick.modelKey.startsWith('catalogue:')
  return (
    <form
      className="elevation-add"
      onSubmit={(e) => {
        e.preventDefault()
        onAdd()
      }}
    >
      <label className="elevation-model-pick">
        Model
        <GroupedSelect
          label="Server model"
          testId="elevation-model"
          value={pick.modelKey}
          groups={[
            { title: "This hall's models", options: choices.hall },
            { title: 'SPECpower catalogue', options: choices.catalogue },
          ]}
          onChange={(modelKey) => onChange({ ...pick, modelKey })}
        />
      </label>
      {fromCatalogue && (
        <WholeField
          label="U each"
          title="The published SPECpower results give power only: set the chassis height"
          max={10}
          value={pick.catalogueUHeight}
          testId="elevation-model-u"
          onChange={(catalogueUHeight) => onChange({ ...pick, catalogueUHeight })}
        />
      )}
      <WholeField
        label="From U"
        max={uHeight}
        value={pick.fromU}
        testId="elevation-from-u"
        onChange={(fromU) => onChange({ ...pick, fromU })}
      />
      <WholeField
        label="Count"
        max={uHeight}
        value={pick.count}
        testId="elevation-count"
        onChange={(count) => onChange({ ...pick, count })}
      />
      <button type="submit" disabled={busy} data-testid="elevation-add">
        Add
      </button>
      <span className="muted elevation-room" data-testid="elevation-room">
        room for {room} from U{pick.fromU}
      </span>
    </form>
  )
}

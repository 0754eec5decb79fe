// The horizon picker of a run that looks ahead: the what-if fork and the compare view offer the same choices.
import { FORK_HORIZONS } from '../state/fork.ts'

export type Horizon = (typeof FORK_HORIZONS)[number]

export function HorizonSelect(props: { value: Horizon; onChange: (h: Horizon) => void; testId: string }) {
  return (
    <select
      aria-label="Horizon"
      data-testid={props.testId}
      value={props.value.label}
      onChange={(e) =>
        props.onChange(FORK_HORIZONS.find((h) => h.label === e.target.value) ?? FORK_HORIZONS[1])
      }
    >
      {FORK_HORIZONS.map((h) => (
        <option key={h.label} value={h.label}>
          {h.label}
        </option>
      ))}
    </select>
  )
}

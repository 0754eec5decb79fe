// A <select> whose options sit in titled groups, empty groups left out: the asset and what-if change pickers.

export interface OptionGroup {
  title: string
  options: readonly { key: string; label: string }[]
}

export function GroupedSelect(props: {
  label: string
  testId: string
  value: string
  groups: readonly OptionGroup[]
  onChange: (key: string) => void
}) {
  return (
    <select
      aria-label={props.label}
      data-testid={props.testId}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.groups
        .filter((g) => g.options.length > 0)
        .map((g) => (
          <optgroup key={g.title} label={g.title}>
            {g.options.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
    </select>
  )
}

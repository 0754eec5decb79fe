// One label–value row of a two-column table (.kv), its number written from the snapshot by useLiveText.
import type { ReactNode } from 'react'
import { useLiveText } from './useLiveText.ts'
import type { LiveReader } from './useLiveText.ts'

export function LiveRow(props: {
  label: ReactNode
  unit?: string
  read: LiveReader
  testId: string
  /** The unrounded number, written into data-value. */
  readValue?: (frame: Float64Array) => number
}) {
  const ref = useLiveText(props.read, props.readValue)
  return (
    <tr>
      <th scope="row">{props.label}</th>
      <td>
        <span data-testid={props.testId} ref={ref}>
          —
        </span>
        {props.unit && <span className="kv-unit">{props.unit}</span>}
      </td>
    </tr>
  )
}

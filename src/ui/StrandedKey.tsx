// The stranded colour mode's key: one hue per binding resource with the racks it binds, faded by how much of the
// other resources it strands; or why there is nothing to show yet.
import type { SceneLayout } from '../../sim/index.ts'
import { bindingCounts, STRANDED_KEYS, STRANDED_UNKNOWN_HEX, strandedGradientCss } from '../scene/stranded.ts'
import { cssHex } from '../scene/bands.ts'
import { useStrandings } from '../scene/useStrandings.ts'

export function StrandedKey({ layout }: { layout: SceneLayout | null }) {
  const strandings = useStrandings(layout)
  if (!strandings)
    return (
      <p className="legend-note-line" data-testid="legend-stranded-none">
        No forecast of this hall yet: run one in the Forecast tab to see which resource binds each rack.
      </p>
    )
  const counts = bindingCounts(strandings)
  const unlisted = strandings.filter((s) => s === undefined).length
  return (
    <div data-testid="legend-stranded">
      <ul className="legend-bands">
        {STRANDED_KEYS.map((k, i) => (
          <li key={k.resource} data-testid={`stranded-${k.resource}`} data-racks={counts[i]}>
            <i style={{ background: strandedGradientCss(k.hex) }} />
            <span>{k.label}</span>
            <span className="band-range">{counts[i]} racks</span>
          </li>
        ))}
        {unlisted > 0 && (
          <li>
            <i style={{ background: cssHex(STRANDED_UNKNOWN_HEX) }} />
            <span>Not in the forecast</span>
            <span className="band-range">{unlisted} racks</span>
          </li>
        )}
      </ul>
      <p className="legend-note-line">
        Hue: the resource that binds the rack first. Faint to full: 0 to 100 % of the other resources&apos;
        capacity there left unusable (mean of their stranded shares).
      </p>
    </div>
  )
}

// The loaded hall in one glance: name and size, and the live outdoor condition and free-cooling share.
import { HEADER } from '../../sim/index.ts'
import { useUi } from '../state/store.ts'
import { fixed } from './format.ts'
import { useLiveText } from './useLiveText.ts'

const readOutdoor = (f: Float64Array) => `${fixed(f[HEADER.outdoorDryBulbC], 1)} °C`
// chillerFraction is the share of CRAH heat the chillers carry; the rest goes to the economiser.
const readFreeCooling = (f: Float64Array) => `${fixed((1 - f[HEADER.chillerFraction]) * 100, 0)} %`

export function HallSummary() {
  const layout = useUi((s) => s.layout)
  const outdoor = useLiveText<HTMLElement>(readOutdoor)
  const freeCooling = useLiveText<HTMLElement>(readFreeCooling)
  // Free cooling is a chilled-water (CRAH) economiser: a hall of DX CRACs has none to show.
  const hasCrah = useUi((s) => s.layout?.units.some((u) => u.type === 'crah') ?? false)
  if (!layout) return null
  const { widthM, depthM } = layout.room
  return (
    <section className="panel hall" data-testid="hall-summary" title={layout.description}>
      <div className="hall-name">{layout.name}</div>
      <div className="muted">
        {layout.racks.length} racks · {layout.units.length} cooling units · {widthM} × {depthM} m
      </div>
      <div className="hall-weather muted">
        Outdoor <b ref={outdoor}>—</b>
        <span hidden={!hasCrah}>
          {' · '}free cooling{' '}
          <b ref={freeCooling} data-testid="free-cooling">
            —
          </b>
        </span>
      </div>
    </section>
  )
}

// The line under the elevation's title: the servers' watts added up beside the rack's own power (the
// Inspector's figure), the inlet and utilisation now, and why the two powers differ when they do.
import { useCallback, useMemo } from 'react'
import type { ServerPowerModel } from '../../../sim/model/serverPower.ts'
import { live } from '../../bridge/live.ts'
import { fixed } from '../format.ts'
import { useLiveText } from '../useLiveText.ts'
import { mismatchReader, rackValueReader, serversSumW } from './liveReaders.ts'

interface Props {
  rackId: string
  powers: readonly ServerPowerModel[]
  modelIndexOf: readonly number[]
}

export function ElevationTotals({ rackId, powers, modelIndexOf }: Props) {
  const readSum = useCallback(
    (f: Float64Array, layout: NonNullable<typeof live.layout>) =>
      fixed(serversSumW(f, layout, rackId, powers, modelIndexOf), 0),
    [rackId, powers, modelIndexOf],
  )
  // The unrounded sum, for a test to compare with the rack's power.
  const sumValue = useCallback(
    (f: Float64Array) => (live.layout ? serversSumW(f, live.layout, rackId, powers, modelIndexOf) : NaN),
    [rackId, powers, modelIndexOf],
  )
  const readRack = useMemo(() => rackValueReader(rackId, 'rackPowerW', 1e-3, 2), [rackId])
  const readInlet = useMemo(() => rackValueReader(rackId, 'rackInletC', 1, 1), [rackId])
  const readUtil = useMemo(() => rackValueReader(rackId, 'rackUtilization', 100, 0), [rackId])
  const readNote = useMemo(() => mismatchReader(rackId, powers, modelIndexOf), [rackId, powers, modelIndexOf])
  const sumRef = useLiveText(readSum, sumValue)
  const rackRef = useLiveText(readRack)
  const inletRef = useLiveText(readInlet)
  const utilRef = useLiveText(readUtil)
  const noteRef = useLiveText<HTMLParagraphElement>(readNote)
  return (
    <>
      <p className="elevation-totals">
        Servers{' '}
        <span ref={sumRef} data-testid="elevation-sum-w">
          —
        </span>{' '}
        W · rack{' '}
        <span ref={rackRef} data-testid="elevation-rack-kw">
          —
        </span>{' '}
        kW · inlet{' '}
        <span ref={inletRef} data-testid="elevation-inlet">
          —
        </span>{' '}
        °C · at <span ref={utilRef}>—</span> %
      </p>
      <p className="muted elevation-note" ref={noteRef} data-testid="elevation-note" />
    </>
  )
}

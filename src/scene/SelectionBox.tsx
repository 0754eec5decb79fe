// A bright outline around the selected rack or cooling unit (slow state: moves only when the selection does).
import { useMemo } from 'react'
import { BoxGeometry, EdgesGeometry, LineBasicMaterial, Matrix4 } from 'three'
import type { SceneLayout } from '../../sim/index.ts'
import { useUi } from '../state/store.ts'
import { composeTransform } from './instances.ts'
import { instanceTransform } from './layout.ts'
import { SELECTION_HEX } from './palette.ts'

const geometry = new EdgesGeometry(new BoxGeometry(1, 1, 1))
const material = new LineBasicMaterial({ color: SELECTION_HEX })
const IDENTITY = new Matrix4()

export function SelectionBox({ layout }: { layout: SceneLayout }) {
  const selection = useUi((s) => s.selection)
  const matrix = useMemo(() => {
    const box = selection && (selection.kind === 'rack' ? layout.racks : layout.units)[selection.index]
    // Slightly larger than the box so the outline is not hidden inside its faces.
    return box ? composeTransform(instanceTransform(box), new Matrix4(), 0.06) : null
  }, [selection, layout])

  return (
    <lineSegments
      args={[geometry, material]}
      visible={matrix !== null}
      matrix={matrix ?? IDENTITY}
      matrixAutoUpdate={false}
      raycast={() => null}
    />
  )
}

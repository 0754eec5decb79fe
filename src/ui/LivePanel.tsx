// The live sections of the Workload tab: connect a source by URL or see it followed, and the shadow error.
import { useLive } from '../state/liveSource.ts'
import { useUi } from '../state/store.ts'
import { LiveSourceForm } from './LiveSourceForm.tsx'
import { LiveStatusView } from './LiveStatusView.tsx'
import { ShadowPanel } from './ShadowPanel.tsx'

export function LivePanel() {
  const status = useLive((s) => s.status)
  const startEpochS = useUi((s) => s.layout?.startEpochS ?? 0)
  return (
    <>
      <section className="panel live">
        <h2>Live source</h2>
        {status ? <LiveStatusView status={status} /> : <LiveSourceForm />}
      </section>
      <section className="panel shadow">
        <h2>Shadow: measured vs twin</h2>
        <ShadowPanel startEpochS={startEpochS} />
      </section>
    </>
  )
}

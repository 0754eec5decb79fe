// The NetBox import dialog: what the file holds once mapped (racks, devices placed, feeds), what was assumed and
// skipped, the device-type mapping, and Import (opens it as the hall) or Cancel (the hall on screen stays).
import { cancelNetboxImport, importNetboxHall, useNetboxImport } from '../../state/netboxImport.ts'
import { Dialog } from '../library/Dialog.tsx'
import { MappingTable } from './MappingTable.tsx'
import { SkippedList } from './SkippedList.tsx'
import './netbox.css'

function Count({ value, label, testId }: { value: number | string; label: string; testId: string }) {
  return (
    <div className="netbox-count">
      <b data-testid={testId}>{value}</b>
      <span>{label}</span>
    </div>
  )
}

export function ImportDialog() {
  const open = useNetboxImport((s) => s.open)
  const fileName = useNetboxImport((s) => s.fileName)
  const result = useNetboxImport((s) => s.result)
  const problem = useNetboxImport((s) => s.problem)
  const busy = useNetboxImport((s) => s.busy)
  if (!open) return null
  const report = result?.report
  return (
    <Dialog title={`Import from NetBox: ${fileName}`} testId="netbox-dialog" onClose={cancelNetboxImport}>
      <div className="netbox-counts">
        <Count value={report?.racks ?? 0} label="racks" testId="netbox-racks" />
        <Count value={report?.devicesPlaced ?? 0} label="devices placed" testId="netbox-devices" />
        <Count value={report?.feeds ?? 0} label="power feeds" testId="netbox-feeds" />
        <Count
          value={report ? (report.designItW / 1000).toFixed(1) : '—'}
          label="kW at full load"
          testId="netbox-kw"
        />
      </div>
      {report && (
        <ul className="netbox-assumed">
          <li>Racks in rows by site, location and name; move them in the hall after importing.</li>
          {report.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      )}
      <h3>Device types</h3>
      <MappingTable />
      {problem && (
        <ul className="dialog-problems" data-testid="netbox-problem">
          <li>{problem}</li>
        </ul>
      )}
      {report && <SkippedList skipped={report.skipped} />}
      {busy && <progress aria-label="Importing the NetBox hall" />}
      <div className="dialog-buttons">
        <button type="button" onClick={cancelNetboxImport}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-testid="netbox-import"
          disabled={!result || busy}
          onClick={() => void importNetboxHall()}
        >
          {busy ? 'Importing…' : `Import ${report?.racks ?? 0} racks`}
        </button>
      </div>
    </Dialog>
  )
}

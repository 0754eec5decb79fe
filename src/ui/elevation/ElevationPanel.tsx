// The rack elevation, a panel over the hall's right side: the open rack drawn by U with its servers' power and
// inlet now; servers added from a free U or removed with ×, each an edit in the one undo history.
import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import type { Edit } from '../../../sim/edit/edit.ts'
import { commitEdit } from '../../state/history.ts'
import { AddServersForm } from './AddServersForm.tsx'
import type { AddPick } from './AddServersForm.tsx'
import { ElevationSvg } from './ElevationSvg.tsx'
import { ElevationTotals } from './ElevationTotals.tsx'
import { closeElevation, useElevation } from './elevationStore.ts'
import { fitCount, fitProblem, freeRunFrom, lowestFree, occupancy } from './geometry.ts'
import { modelChoices, modelForEdit, pickedModelKey } from './modelChoices.ts'
import { shortModelName } from './rackElevation.ts'
import type { RackElevation } from './rackElevation.ts'
import { modelPowers } from './serverWatts.ts'
import { useRackElevation } from './useRackElevation.ts'
import './elevation.css'

/**
 * Mounted once (in the Inspector); draws nothing until a rack's elevation is opened, then floats over the hall
 * (the .viewport element), beside the rack picked there, whatever the toolbar's and side panel's sizes.
 */
export function ElevationPanel() {
  const rackId = useElevation((s) => s.rackId)
  if (!rackId) return null
  return createPortal(
    <ElevationDialog rackId={rackId} />,
    document.querySelector('.viewport') ?? document.body,
  )
}

function ElevationDialog({ rackId }: { rackId: string }) {
  const view = useRackElevation(rackId)
  return (
    <section
      className="panel elevation-panel"
      role="dialog"
      aria-label={`Elevation of rack ${rackId}`}
      data-testid="elevation"
      onKeyDown={(e) => e.key === 'Escape' && closeElevation()}
    >
      <div className="panel-head">
        <h2 data-testid="elevation-title">Rack {rackId} elevation</h2>
        <button
          type="button"
          className="ghost"
          aria-label="Close elevation"
          onClick={closeElevation}
          data-testid="elevation-close"
        >
          ×
        </button>
      </div>
      {'problem' in view ? (
        <p className="error-text" data-testid="elevation-problem">
          {view.problem}
        </p>
      ) : (
        <ElevationBody key={rackId} elevation={view.elevation} />
      )}
    </section>
  )
}

function ElevationBody({ elevation }: { elevation: RackElevation }) {
  const { rackId, uHeight, spans, models } = elevation
  const powers = useMemo(() => modelPowers(models), [models])
  const taken = useMemo(() => occupancy(uHeight, spans), [uHeight, spans])
  const choices = useMemo(() => modelChoices(models), [models])
  // fromU null: the lowest free unit of the rack as it is now (so after an add the next one goes above it).
  const [picked, setPicked] = useState<Omit<AddPick, 'fromU'> & { fromU: number | null }>(() => ({
    modelKey: pickedModelKey(choices, '', 1),
    catalogueUHeight: 1,
    fromU: null,
    count: 1,
  }))
  const pick: AddPick = {
    ...picked,
    modelKey: pickedModelKey(choices, picked.modelKey, picked.catalogueUHeight),
    fromU: picked.fromU ?? lowestFree(taken),
  }
  const setPick = (next: AddPick) => setPicked(next)
  const scrollRef = useRef<HTMLDivElement>(null)
  // Racks fill from U1 up: open at the bottom, where the servers are, rather than at an empty top.
  useLayoutEffect(() => {
    const el = scrollRef.current
    if (el) el.scrollTop = el.scrollHeight
  }, [rackId])
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const choice = [...choices.hall, ...choices.catalogue].find((c) => c.key === pick.modelKey)
  const modelU = choice?.uHeight ?? pick.catalogueUHeight
  const nameOf = (s: number) =>
    `${shortModelName(models[elevation.modelIndexOf[s]])} at U${spans.find((x) => x.serverIndex === s)?.uBottom}`
  const refusal = fitProblem(taken, pick.fromU, modelU, pick.count, nameOf)
  const free = uHeight - spans.reduce((n, s) => n + s.uTop - s.uBottom + 1, 0)

  /** Commits `e`; true when it was applied, else its problem is shown and nothing changed. */
  const edit = async (e: Edit): Promise<boolean> => {
    setBusy(true)
    try {
      const refused = await commitEdit(e)
      setProblem(refused)
      return refused === null
    } finally {
      setBusy(false)
    }
  }
  const add = async () => {
    if (!choice) return
    if (refusal) return void setProblem(refusal)
    const model = modelForEdit(choice.key, modelU)
    if (await edit({ kind: 'addServers', rackId, model, uPosition: pick.fromU, count: pick.count }))
      setPicked({ ...picked, fromU: null, count: 1 })
  }
  return (
    <>
      <p className="muted" data-testid="elevation-summary">
        {uHeight} U · <span data-testid="elevation-count-servers">{spans.length}</span> servers · {free} U
        free
      </p>
      <ElevationTotals rackId={rackId} powers={powers} modelIndexOf={elevation.modelIndexOf} />
      <div className="elevation-scroll" ref={scrollRef}>
        <ElevationSvg
          elevation={elevation}
          powers={powers}
          busy={busy}
          preview={{
            uBottom: pick.fromU,
            uTop: pick.fromU + pick.count * modelU - 1,
            fits: refusal === null,
          }}
          onPickU={(u) => {
            setProblem(null)
            setPick({
              ...pick,
              fromU: u,
              count: Math.max(1, Math.min(pick.count, fitCount(taken, u, modelU))),
            })
          }}
          onRemove={(uPosition) => void edit({ kind: 'removeServer', rackId, uPosition })}
        />
      </div>
      <AddServersForm
        choices={choices}
        pick={pick}
        uHeight={uHeight}
        room={Math.floor(freeRunFrom(taken, pick.fromU) / modelU)}
        busy={busy}
        onChange={(next) => {
          setProblem(null)
          setPick(next)
        }}
        onAdd={() => void add()}
      />
      {problem && (
        <p className="error-text" role="alert" data-testid="elevation-problem">
          {problem}
        </p>
      )}
    </>
  )
}

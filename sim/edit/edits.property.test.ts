// Any sequence of edits (valid or not), undos and redos leaves a document that validates; undoing everything gives
// the original bytes back, and redoing everything the bytes before the undos. Undo works as src/state/history.ts
// does: each step keeps the documents before and after it.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseScenario } from '../scenario/parse.ts'
import type { ScenarioInput } from '../scenario/schema.ts'
import { scenarioJson } from '../scenario/scenarioJson.ts'
import type { Rack } from '../scenario/types.ts'
import { applyEdit, eachRack, nextRowId, rowFromTemplate } from './index.ts'
import type { Edit, Facing } from './edit.ts'

const text = readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')
const original = JSON.parse(text) as ScenarioInput

const facing = fc.constantFrom<Facing>('+x', '-x', '+y', '-y')
/** Floor coordinates on a 0.3 m grid from −0.3 to 18 m: the 16 × 12 m room and a little beyond its walls. */
const metres = fc.integer({ min: -1, max: 60 }).map((n) => n * 0.3)
const pick = fc.nat(40)

/** An edit described by indices, made concrete against the document it is applied to (an index past the end names
 *  something that is not there: the edit is then refused). */
const step = fc.oneof(
  fc.record({ t: fc.constant('moveRack' as const), i: pick, xM: metres, yM: metres }),
  fc.record({ t: fc.constant('rotateRack' as const), i: pick, facing }),
  fc.record({ t: fc.constant('removeRack' as const), i: pick }),
  fc.record({ t: fc.constant('addRack' as const), i: pick }),
  fc.record({
    t: fc.constant('addRow' as const),
    xM: metres,
    yM: metres,
    facing,
    racks: fc.integer({ min: 1, max: 8 }),
  }),
  fc.record({ t: fc.constant('removeRow' as const), i: pick }),
  fc.record({ t: fc.constant('moveRow' as const), i: pick, xM: metres, yM: metres }),
  fc.record({ t: fc.constant('rotateRow' as const), i: pick, facing }),
  fc.record({ t: fc.constant('addUnit' as const), xM: metres, yM: metres, facing }),
  fc.record({ t: fc.constant('removeUnit' as const), i: pick }),
  fc.record({ t: fc.constant('moveUnit' as const), i: pick, xM: metres, yM: metres }),
  fc.record({ t: fc.constant('setSetpoint' as const), i: pick, c: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ t: fc.constant('setContainment' as const), c: fc.constantFrom('none', 'cold', 'hot') }),
  fc.record({
    t: fc.constant('addServers' as const),
    i: pick,
    model: fc.constantFrom('dell-r640', 'dell-r740', 'nope'),
    u: fc.integer({ min: 1, max: 45 }),
    count: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ t: fc.constant('removeServer' as const), i: pick, u: fc.integer({ min: 1, max: 45 }) }),
  fc.record({
    t: fc.constant('resizeRoom' as const),
    w: fc.integer({ min: 1, max: 30 }),
    d: fc.integer({ min: 1, max: 30 }),
  }),
  fc.constant({ t: 'undo' as const }),
  fc.constant({ t: 'redo' as const }),
)
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never

const at = <T>(list: readonly T[], i: number): T | undefined => list[i % (list.length + 2)]

/** The step as an edit on `doc`. */
function editOf(s: Exclude<Step, { t: 'undo' | 'redo' }>, doc: ScenarioInput): Edit {
  const rackId = 'i' in s ? (at(eachRack(doc), s.i)?.id ?? 'Z-99') : 'Z-99'
  const rowId = 'i' in s ? (at(doc.rows, s.i)?.id ?? 'Z') : 'Z'
  const unitId = 'i' in s ? (at(doc.coolingUnits, s.i)?.id ?? 'crah-99') : 'crah-99'
  switch (s.t) {
    case 'moveRack':
      return { kind: 'moveRack', rackId, xM: s.xM, yM: s.yM }
    case 'rotateRack':
      return { kind: 'rotateRack', rackId, facing: s.facing }
    case 'removeRack':
      return { kind: 'removeRack', rackId }
    case 'addRack':
      return { kind: 'addRack', rowId }
    case 'addRow': {
      const template = {
        racksPerRow: s.racks,
        rackWidthM: 0.6,
        rackDepthM: 1.2,
        uHeight: 42,
        powerBudgetKw: 8,
        serverModel: 'dell-r640',
        serversPerRack: 4,
      }
      return { kind: 'addRow', row: rowFromTemplate(template, nextRowId(doc), s.xM, s.yM, s.facing) }
    }
    case 'removeRow':
      return { kind: 'removeRow', rowId }
    case 'moveRow':
      return { kind: 'moveRow', rowId, xM: s.xM, yM: s.yM }
    case 'rotateRow':
      return { kind: 'rotateRow', rowId, facing: s.facing }
    case 'addUnit': {
      const unit = {
        id: `crah-${doc.coolingUnits.length + 1}`,
        type: 'crah' as const,
        xM: s.xM,
        yM: s.yM,
        facing: s.facing,
      }
      return {
        kind: 'addUnit',
        unit: { ...unit, capacityKw: 80, airflowM3s: 7, supplySetpointC: 20, fanPowerW: 4200 },
      }
    }
    case 'removeUnit':
      return { kind: 'removeUnit', unitId }
    case 'moveUnit':
      return { kind: 'moveUnit', unitId, xM: s.xM, yM: s.yM }
    case 'setSetpoint':
      return { kind: 'setSetpoint', unitId, supplySetpointC: s.c }
    case 'setContainment':
      return { kind: 'setContainment', containment: s.c }
    case 'addServers':
      return { kind: 'addServers', rackId, model: s.model, uPosition: s.u, count: s.count }
    case 'removeServer':
      return { kind: 'removeServer', rackId, uPosition: s.u }
    case 'resizeRoom':
      return { kind: 'resizeRoom', widthM: s.w, depthM: s.d }
  }
}

const SINGLE_RACK = new Set(['moveRack', 'rotateRack', 'removeRack', 'addServers', 'removeServer'])
/** What every other rack keeps through a single-rack edit: id, number, position, size, budget and servers. */
const kept = ({ rowEnd: _e, rowId: _r, ...rest }: Rack) => rest

describe('edits and undo, any sequence', () => {
  it(
    'validate after every step, keep the other racks of a single-rack edit, and undo to the original bytes',
    { timeout: 240_000 },
    () => {
      let accepted = 0
      let refused = 0
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
          let doc = original
          const past: { before: ScenarioInput; after: ScenarioInput }[] = []
          const future: typeof past = []
          for (const s of steps) {
            if (s.t === 'undo' || s.t === 'redo') {
              const entry = (s.t === 'undo' ? past : future).pop()
              if (!entry) continue
              ;(s.t === 'undo' ? future : past).push(entry)
              doc = s.t === 'undo' ? entry.before : entry.after
            } else {
              const edit = editOf(s, doc)
              const result = applyEdit(doc, edit)
              if (!result.ok) {
                refused++
                continue
              }
              accepted++
              if (SINGLE_RACK.has(edit.kind)) {
                const id = (edit as { rackId: string }).rackId
                const after = new Map(parseScenario(result.doc).racks.map((r) => [r.id, r]))
                for (const rack of parseScenario(doc).racks)
                  if (rack.id !== id) expect(kept(after.get(rack.id)!)).toStrictEqual(kept(rack))
              }
              past.push({ before: doc, after: result.doc })
              future.length = 0
              doc = result.doc
            }
            parseScenario(doc) // throws, failing the property, when a step left an invalid document
          }
          // Redoing everything ends at the newest step taken: the first one still waiting to be redone, if any.
          const newest = scenarioJson(future[0]?.after ?? doc)
          while (past.length > 0) future.push(past.pop()!)
          expect(scenarioJson(future.at(-1)?.before ?? doc)).toBe(scenarioJson(original))
          while (future.length > 0) past.push(future.pop()!)
          expect(scenarioJson(past.at(-1)?.after ?? doc)).toBe(newest)
        }),
        { seed: Number(process.env.PROPERTY_SEED ?? 11), numRuns: Number(process.env.PROPERTY_RUNS ?? 40) },
      )
      // The sequences tried both kinds of edit, and the original document was never written to.
      expect(accepted).toBeGreaterThan(40)
      expect(refused).toBeGreaterThan(40)
      expect(scenarioJson(original)).toBe(scenarioJson(JSON.parse(text)))
    },
  )
})

// A recirculation matrix measured by a CFD study or a survey rather than derived from the layout: its checks
// and its dense form (docs/physics.md#recirculation-matrix-from-a-survey-or-cfd).

/** One measured coupling: `fraction` of rack `from`'s exhaust airflow enters rack `to`'s inlet. */
export interface RecirculationEntry {
  from: string
  to: string
  fraction: number
}

type Report = (path: PropertyKey[], message: string) => void

// Fractions typed as decimals (0.3 + 0.7) may sum a few ulps over 1; anything beyond this is a real excess.
const SUM_TOLERANCE = 1e-9

/** a_ij, row-major n × n, i the exhaust's rack and j the inlet's; ids must have passed checkGivenRecirculation. */
export function givenMatrix(
  entries: readonly RecirculationEntry[],
  racks: readonly { id: string }[],
): Float64Array {
  const n = racks.length
  const index = new Map(racks.map((r, i) => [r.id, i]))
  const a = new Float64Array(n * n)
  for (const e of entries) {
    const i = index.get(e.from)
    const j = index.get(e.to)
    if (i === undefined || j === undefined)
      throw new Error(`no rack has id "${i === undefined ? e.from : e.to}"`)
    a[i * n + j] = e.fraction
  }
  return a
}

/**
 * Reports, under `room.recirculationMatrix`: unknown rack ids, a pair given twice, a rack that moves no air
 * (it has no servers), a rack sending more than all its exhaust (row sum over 1), and an inlet that would
 * take in as much exhaust as its servers draw (Σ_i a_ij·V̇_i ≥ V̇_j leaves no supply air S_j, and the inlet
 * balance of docs/physics.md#recirculation-matrix-from-a-survey-or-cfd could not be solved).
 */
export function checkGivenRecirculation(
  entries: readonly RecirculationEntry[],
  rackIds: readonly string[],
  rackAirflowM3s: ArrayLike<number>,
  report: Report,
): void {
  const at = (k: number, ...rest: PropertyKey[]) => ['room', 'recirculationMatrix', 'entries', k, ...rest]
  const index = new Map(rackIds.map((id, i) => [id, i]))
  const seen = new Map<string, number>()
  const rowSum = new Float64Array(rackIds.length)
  const rowEntries = rackIds.map((): number[] => [])
  const inflowM3s = new Float64Array(rackIds.length)
  entries.forEach((e, k) => {
    let known = true
    for (const end of ['from', 'to'] as const) {
      const r = index.get(e[end])
      if (r === undefined) {
        report(at(k, end), `no rack has id "${e[end]}"`)
        known = false
      } else if (rackAirflowM3s[r] === 0) {
        report(at(k, end), `rack "${e[end]}" holds no servers, so no air flows through it`)
        known = false
      }
    }
    const pair = `${e.from}\u0000${e.to}`
    const first = seen.get(pair)
    if (first !== undefined)
      report(at(k), `the pair from "${e.from}" to "${e.to}" is already given by entries[${first}]`)
    seen.set(pair, first ?? k)
    if (!known || first !== undefined) return
    const i = index.get(e.from)!
    const j = index.get(e.to)!
    rowSum[i] += e.fraction
    rowEntries[i].push(k)
    inflowM3s[j] += e.fraction * rackAirflowM3s[i]
  })
  rackIds.forEach((id, i) => {
    if (rowSum[i] > 1 + SUM_TOLERANCE)
      report(
        at(rowEntries[i][rowEntries[i].length - 1]),
        `the fractions from rack "${id}" sum to ${round(rowSum[i])} (entries ${rowEntries[i].join(', ')}): ` +
          'a rack cannot send more than all of its exhaust',
      )
    if (inflowM3s[i] >= rackAirflowM3s[i] * (1 - SUM_TOLERANCE) && inflowM3s[i] > 0)
      report(
        ['room', 'recirculationMatrix'],
        `rack "${id}" would take in ${round(inflowM3s[i])} m³/s of exhaust but draws only ` +
          `${round(rackAirflowM3s[i])} m³/s: every inlet needs some cooling-unit air`,
      )
  })
}

const round = (v: number) => Number(v.toPrecision(6))

// Validation cases for inputs an engineer has: a measured recirculation matrix and OpenDC's MSE server power
// model. Derivations: docs/physics.md#recirculation-matrix-from-a-survey-or-cfd and
// docs/physics.md#server-power-models-specpower-table-linear-mse.
import { msePower } from '../../model/serverPower.ts'
import {
  defaultHallWithItsLayoutMatrix,
  matrixHall,
  matrixInletsC,
  runHours,
  withMatrix,
} from '../../testing/matrixHalls.ts'
import type { ValidationCase } from '../validationCase.ts'

/** Standard air's ρ·c_p, J/(m³·K), written out so the expected values do not lean on the model's constant. */
const RHO_CP = 1.2 * 1006

/** Two racks of 0.5 m³/s, 20 % of rack 1's exhaust into rack 2, 10 % of rack 2's into rack 1; ΔT 10 and 5 K. */
const twoRackInletsC = () =>
  matrixInletsC(
    matrixHall(
      [10, 10],
      [
        { from: 'A-01', to: 'A-02', fraction: 0.2 },
        { from: 'A-02', to: 'A-01', fraction: 0.1 },
      ],
    ),
    [0.5, 0.5],
    [10 * 0.5 * RHO_CP, 5 * 0.5 * RHO_CP],
    [18, 18],
  )

/** Racks of 0.5, 0.25 and 0.5 m³/s in a chain 1 → 2 → 3 (plus 3 → 3), each ΔT 10 K, supply 18, 20, 18 °C. */
const threeRackInletsC = () =>
  matrixInletsC(
    matrixHall(
      [10, 5, 10],
      [
        { from: 'A-01', to: 'A-02', fraction: 0.2 },
        { from: 'A-02', to: 'A-03', fraction: 0.4 },
        { from: 'A-03', to: 'A-03', fraction: 0.1 },
      ],
    ),
    [0.5, 0.25, 0.5],
    [10 * 0.5 * RHO_CP, 10 * 0.25 * RHO_CP, 10 * 0.5 * RHO_CP],
    [18, 20, 18],
  )

/** Largest |ΔT_in| over racks after 6 h of the default hall: layout matrix vs the same matrix given. */
function layoutVersusGivenK(): number {
  const { json, entries } = defaultHallWithItsLayoutMatrix()
  const layout = runHours(json, 6).inletC
  const given = runHours(withMatrix(json, entries), 6).inletC
  return Math.max(...layout.map((t, j) => Math.abs(t - given[j])))
}

const MATRIX_DOC = 'docs/physics.md#recirculation-matrix-from-a-survey-or-cfd'
const MSE_DOC = 'docs/physics.md#server-power-models-specpower-table-linear-mse'

export const cases: ValidationCase[] = [
  {
    id: 'inputs/matrix-two-racks-inlet-1',
    what: 'Given matrix, two racks of equal airflow: inlet of rack 1 (10 % of rack 2’s exhaust), supply 18 °C',
    source: `Inlet balances by hand: θ1 = 0.1(θ2 + 5), θ2 = 0.2(θ1 + 10) → θ1 = 0.7/0.98 K (${MATRIX_DOC})`,
    expected: 18.714286,
    unit: '°C',
    tolerance: { abs: 1e-6 },
    obtained: () => twoRackInletsC()[0],
  },
  {
    id: 'inputs/matrix-two-racks-inlet-2',
    what: 'Given matrix, two racks of equal airflow: inlet of rack 2 (20 % of rack 1’s exhaust)',
    source: `θ2 = 0.2·(0.714286 + 10) = 2.142857 K over the 18 °C supply (${MATRIX_DOC})`,
    expected: 20.142857,
    unit: '°C',
    tolerance: { abs: 1e-6 },
    obtained: () => twoRackInletsC()[1],
  },
  {
    id: 'inputs/matrix-three-racks-uneven',
    what: 'Given matrix, racks of 0.5/0.25/0.5 m³/s, supply 18/20/18 °C: inlet of rack 3 (20 % rack 2, 10 % own exhaust)',
    source: `T2 = 0.6·20 + 0.4·28 = 23.2 °C; 0.9·T3 = 0.7·18 + 0.2·33.2 + 0.1·10 → T3 = 20.24/0.9 (${MATRIX_DOC})`,
    expected: 22.488889,
    unit: '°C',
    tolerance: { abs: 1e-6 },
    obtained: () => threeRackInletsC()[2],
  },
  {
    id: 'inputs/matrix-equal-to-layout',
    what: 'Default hall, 6 h: largest inlet difference between its layout matrix and the same matrix given',
    source: `Identity: the given path must reproduce the layout's run bit for bit (${MATRIX_DOC})`,
    expected: 0,
    unit: 'K',
    tolerance: { abs: 0 },
    obtained: layoutVersusGivenK,
  },
  {
    id: 'inputs/mse-opendc-test',
    what: 'MSE server power, idle 200 W, max 350 W, r = 1.4, at 90 % utilisation',
    source: `OpenDC PowerModelTest.kt (commit 27f5b7dc, line 175) asserts 340.571 W ± 0.001 (${MSE_DOC})`,
    expected: 340.571,
    unit: 'W',
    tolerance: { abs: 1e-3 },
    obtained: () => msePower(200, 350, 1.4)(0.9),
  },
  {
    id: 'inputs/mse-half-load',
    what: 'MSE server power, idle 200 W, max 350 W, r = 1.4, at 50 % utilisation',
    source: `Fan et al. 2007: 200 + 150·(2·0.5 − 0.5^1.4) = 200 + 150·(1 − 0.378929) (${MSE_DOC})`,
    expected: 293.1606,
    unit: 'W',
    tolerance: { abs: 1e-3 },
    obtained: () => msePower(200, 350, 1.4)(0.5),
  },
  {
    id: 'inputs/mse-r1-is-linear',
    what: 'MSE server power with r = 1, idle 200 W, max 350 W, at 37 % utilisation',
    source: `2u − u¹ = u: the linear model, 200 + 150·0.37 (${MSE_DOC})`,
    expected: 255.5,
    unit: 'W',
    tolerance: { abs: 1e-9 },
    obtained: () => msePower(200, 350, 1)(0.37),
  },
]

import { expect, it } from 'vitest'
import { mooreCop } from './cracCop.ts'

it('matches the Moore et al. (USENIX ATC 2005) CoP curve values quoted in docs/physics.md#crac-coefficient-of-performance', () => {
  expect(mooreCop(10)).toBeCloseTo(1.146, 3)
  expect(mooreCop(15)).toBeCloseTo(2.0, 3)
  expect(mooreCop(20)).toBeCloseTo(3.194, 3)
  expect(mooreCop(25)).toBeCloseTo(4.728, 3)
})

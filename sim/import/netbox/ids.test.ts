// Plenum ids from NetBox names, and the name order rows and racks are laid out in.
import { expect, it } from 'vitest'
import { idOf, uniqueIds } from './ids.ts'
import { naturalCompare } from './layout.ts'

it('turns names into ids the scenario schema accepts, unique', () => {
  expect(idOf('Row 1', 'row')).toBe('Row-1')
  expect(idOf('Zürich / Hall B', 'row')).toBe('Zurich-Hall-B')
  expect(idOf('D. S. Weaver Labs', 'row')).toBe('D.-S.-Weaver-Labs')
  expect(idOf('--机房--', 'row')).toBe('row')
  const unique = uniqueIds()
  expect([unique('A'), unique('A'), unique('A')]).toEqual(['A', 'A-2', 'A-3'])
})

it('orders names naturally, without locale tables', () => {
  expect(['R10', 'R2', 'R1', 'Comms closet', 'R101'].sort(naturalCompare)).toEqual([
    'Comms closet',
    'R1',
    'R2',
    'R10',
    'R101',
  ])
})

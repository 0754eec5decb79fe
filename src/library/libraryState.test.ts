// Without IndexedDB (no fake here: Node has none) the library says so once and the app goes on without saving.
import { expect, it } from 'vitest'
import { useUi } from '../state/store.ts'
import { library, useLibrary } from './libraryState.ts'

it('reports unavailable storage once, in the banner, and hands out no database', async () => {
  expect(typeof indexedDB).toBe('undefined')
  expect(await library()).toBeNull()
  expect(useLibrary.getState().status).toBe('unavailable')
  expect(useUi.getState().error).toBe(
    'Browser storage (IndexedDB) is unavailable, so halls are not saved: this browser has no IndexedDB. ' +
      'Export a hall to keep it.',
  )
  useUi.setState({ error: null })
  expect(await library()).toBeNull()
  expect(useUi.getState().error).toBeNull() // said once, not at every save
})

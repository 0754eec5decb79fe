// The hall's name and whether the browser holds it as shown: saved, saving…, unsaved, or a shipped scenario.
import { useHall } from '../../state/hall.ts'
import { useLibrary } from '../../library/libraryState.ts'

type SaveWord = 'saved' | 'saving…' | 'unsaved' | 'shipped'

function useSaveWord(): { word: SaveWord; why: string } {
  const { origin, rev, savedRev, id } = useHall()
  const { saving, status } = useLibrary()
  if (status === 'unavailable')
    return { word: 'unsaved', why: 'browser storage is unavailable: export to keep it' }
  if (saving) return { word: 'saving…', why: 'writing to this browser’s storage' }
  if (id !== null && rev === savedRev)
    return { word: 'saved', why: 'kept in this browser; reloading reopens it' }
  if (origin === 'builtin' && rev === 0)
    return { word: 'shipped', why: 'built in; a copy is saved on its first change' }
  return {
    word: 'unsaved',
    why: origin === 'link' ? 'opened from a link: saved on its first change or Save' : '',
  }
}

export function SaveState() {
  const name = useHall((s) => s.doc?.name ?? '—')
  const { word, why } = useSaveWord()
  return (
    <span className="hall-title" title={why}>
      <span className="hall-title-name" data-testid="hall-name">
        {name}
      </span>
      <span className={`save-state is-${word.replace('…', '')}`} data-testid="save-state">
        {word}
      </span>
    </span>
  )
}

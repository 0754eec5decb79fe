// Share link: the hall packed into a URL, copied to the clipboard when the browser allows, with its length
// (links over ~2,000 characters may be cut by chat apps and mail: docs/hall.md#share-links).
import { useEffect, useState } from 'react'
import { shareCurrent } from '../../library/hallActions.ts'
import { Dialog } from './Dialog.tsx'

/** Above this a link may not survive being pasted everywhere; it still opens in Chromium up to 2 MB. */
const PASTE_SAFE_CHARS = 2000

type Shared = { link: string; copied: boolean } | { problem: string } | null

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const [shared, setShared] = useState<Shared>(null)
  useEffect(() => {
    let live = true
    void shareCurrent().then(async (result) => {
      if (!('link' in result)) return live && setShared(result)
      // The clipboard may be refused (no permission, no focus): the link is shown to copy by hand then.
      const copied = await navigator.clipboard?.writeText(result.link).then(
        () => true,
        () => false,
      )
      if (live) setShared({ link: result.link, copied: copied ?? false })
    })
    return () => {
      live = false
    }
  }, [])
  return (
    <Dialog title="Share link" testId="share-dialog" onClose={onClose}>
      {shared === null && <p>Packing the hall…</p>}
      {shared && 'problem' in shared && (
        <p className="dialog-problems" data-testid="share-problem">
          {shared.problem}
        </p>
      )}
      {shared && 'link' in shared && (
        <>
          <textarea
            className="share-url"
            data-testid="share-url"
            readOnly
            rows={4}
            value={shared.link}
            onFocus={(e) => e.target.select()}
          />
          <p className="dialog-note" data-testid="share-length">
            {shared.copied ? 'Copied. ' : 'Select and copy the link. '}
            {shared.link.length.toLocaleString('en')} characters
            {shared.link.length > PASTE_SAFE_CHARS
              ? ': long; some chat apps and mail cut links past about 2,000, so export the file if it breaks.'
              : '.'}{' '}
            The whole hall is in the link (after #, never sent to a server): whoever opens it gets the same
            hall and the same run.
          </p>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  )
}

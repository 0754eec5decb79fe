// Entry point: mount the app, start the KPI and live samplers, autosave, and open the start hall (a share link,
// the hall on screen before a reload, or the default scenario: src/library/openEntry.ts).
import './security/startup.ts' // first: the policy that narrows connect-src is in place before anything else
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { startSampler } from './state/actions.ts'
import { startAutosave } from './library/autosave.ts'
import { startFollowingHall } from './library/followHall.ts'
import { isShareFragment } from './library/shareLink.ts'
import { openShareLink, openStartHall } from './library/openEntry.ts'
import { resumeLiveConnect, startLiveSampler } from './state/liveSource.ts'
import { startRecovery } from './state/recovery.ts'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
startRecovery()
startSampler()
startLiveSampler()
startAutosave()
startFollowingHall()
void openStartHall().then(resumeLiveConnect)
// A share link pasted into the address bar of an open page changes only the fragment: open it there too.
window.addEventListener('hashchange', () => {
  if (isShareFragment(location.hash)) void openShareLink(location.hash)
})

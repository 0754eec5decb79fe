// Entry point: mount the app, start the KPI and live samplers and load the default scenario.
import './security/startup.ts' // first: the policy that narrows connect-src is in place before anything else
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { startSampler } from './state/actions.ts'
import { loadScenario } from './state/openHall.ts'
import { resumeLiveConnect, startLiveSampler } from './state/liveSource.ts'
import { startRecovery } from './state/recovery.ts'
import { DEFAULT_SCENARIO } from './state/scenarios.ts'
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
void loadScenario(DEFAULT_SCENARIO).then(resumeLiveConnect)

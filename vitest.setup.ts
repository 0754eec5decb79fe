// Property tests draw from a fixed seed, so a run is reproducible and CI sees what the developer saw.
import fc from 'fast-check'

fc.configureGlobal({ seed: 20_261_124 })

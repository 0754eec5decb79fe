// The commands a scenario's timed events (and the app's buttons) apply to a running world.
import { z } from 'zod'
import { powerCommandSchemas } from '../model/powerChain/spec.ts'
import { between, id } from './primitives.ts'
import { supplySetpointC } from './hallSchema.ts'

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('failCoolingUnit'), unitId: id }),
  z.strictObject({ type: z.literal('restoreCoolingUnit'), unitId: id }),
  z.strictObject({ type: z.literal('setSupplySetpoint'), unitId: id, supplySetpointC }),
  ...powerCommandSchemas,
  z.strictObject({
    type: z.literal('setLoadScale'),
    scale: between(0, 2).describe('multiplies utilisation'),
  }),
])

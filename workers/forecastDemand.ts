// The demand a forecast may be given in place of the scenario's `growth.demand`: the growth schema's input form.
import type { z } from 'zod'
import type { growthSchema } from '../sim/scenario/growthSchema.ts'

export type DemandInput = z.input<typeof growthSchema>['demand']

// The CPU a VM or task may be provisioned, MHz: the one plausibility range of the Bitbrains and OpenDC readers.

/**
 * 1 MHz (no real CPU is slower, and a capacity such as 5e-324 turns any usage into an infinite
 * utilisation) to 10 THz (over 3,000 cores of 3 GHz, beyond any one VM or task).
 */
export const MIN_CAPACITY_MHZ = 1
export const MAX_MHZ = 1e7

/** Undefined when `capacityMhz` is within MIN_CAPACITY_MHZ..MAX_MHZ, else why not. */
export function implausibleCapacity(capacityMhz: number): string | undefined {
  if (capacityMhz >= MIN_CAPACITY_MHZ && capacityMhz <= MAX_MHZ) return undefined
  return `CPU capacity ${capacityMhz} MHz is outside ${MIN_CAPACITY_MHZ}..${MAX_MHZ} MHz`
}

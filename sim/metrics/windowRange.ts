// Sliding-window range (max − min) of a sampled signal, amortised O(1) per sample (ASHRAE change limits).

/**
 * Ring-buffer deque of (time, value) kept monotone, so its front is the maximum (sign 1) or minimum (sign −1)
 * of the samples in the window: each sample enters and leaves once, amortised O(1) per push.
 */
class ExtremeDeque {
  private timeS = new Float64Array(16)
  private valueC = new Float64Array(16)
  private head = 0
  private length = 0
  private readonly sign: 1 | -1
  constructor(sign: 1 | -1) {
    this.sign = sign
  }

  /** Adds a sample, forgets those before `oldestS`, returns the window's extreme. */
  push(timeS: number, valueC: number, oldestS: number): number {
    let cap = this.valueC.length
    // Inlined (no closure per push): the tracker calls this four times per sensor per sample.
    while (this.length > 0 && this.sign * (valueC - this.valueC[(this.head + this.length - 1) % cap]) >= 0)
      this.length--
    if (this.length === cap) cap = this.grow()
    const at = (this.head + this.length++) % cap
    this.timeS[at] = timeS
    this.valueC[at] = valueC
    while (this.timeS[this.head] < oldestS) {
      this.head = (this.head + 1) % cap
      this.length--
    }
    return this.valueC[this.head]
  }

  private grow(): number {
    const cap = this.valueC.length
    const timeS = new Float64Array(cap * 2)
    const valueC = new Float64Array(cap * 2)
    for (let i = 0; i < this.length; i++) {
      timeS[i] = this.timeS[(this.head + i) % cap]
      valueC[i] = this.valueC[(this.head + i) % cap]
    }
    this.timeS = timeS
    this.valueC = valueC
    this.head = 0
    return cap * 2
  }
}

/** Max − min of the samples within the last `windowS` seconds, bounds inclusive; feed samples in time order. */
export function windowRange(windowS: number): (timeS: number, valueC: number) => number {
  const max = new ExtremeDeque(1)
  const min = new ExtremeDeque(-1)
  return (timeS: number, valueC: number) =>
    max.push(timeS, valueC, timeS - windowS) - min.push(timeS, valueC, timeS - windowS)
}

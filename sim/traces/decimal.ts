// One plain decimal number as a trace field writes it ("12", "-0.5", ".5", "3.", "1e-3"), checked in linear time.

/**
 * Each part is a run of one character class that the next part cannot start with, so a refusal costs one
 * pass: `\d+\.?\d*` (two digit runs that may split anywhere) backtracked quadratically, and a field of
 * 120,000 digits and a letter took 41 s to refuse.
 */
const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/

/**
 * The value of `text` when it is a plain decimal (optional sign, digits with an optional point, optional
 * exponent) whose value is finite; NaN otherwise. Unlike Number(), it refuses '', blanks, hex, binary,
 * 'Infinity' and '1e999'.
 */
export function parseDecimal(text: string): number {
  if (!DECIMAL.test(text)) return NaN
  const value = Number(text)
  return Number.isFinite(value) ? value : NaN
}

/**
 * Elementary functions that give the same bits in every JavaScript engine.
 *
 * ECMAScript leaves Math.exp, log, pow, sin, cos, hypot, … "implementation-approximated" (ECMA-262 §21.3.2), and
 * engines differ: Node 20 and Chromium 156 round 3–21 % of inputs differently in the last bit, so the same forecast
 * exported different bytes in the browser and on the command line. IEEE 754 makes +, −, ×, ÷ and sqrt exactly
 * rounded everywhere, and the @stdlib ports of FreeBSD msun / fdlibm below use nothing else, so every engine computes
 * the same bits. sim/ imports these instead of Math.* (eslint forbids the Math ones and `**` there); a function not
 * yet here is added from its @stdlib/math-base-special-* package, pinned to an exact version.
 */
import stdCos from '@stdlib/math-base-special-cos'
import stdExp from '@stdlib/math-base-special-exp'
import stdExpm1 from '@stdlib/math-base-special-expm1'
import stdHypot from '@stdlib/math-base-special-hypot'
import stdLn from '@stdlib/math-base-special-ln'
import stdLog1p from '@stdlib/math-base-special-log1p'
import stdPow from '@stdlib/math-base-special-pow'
import stdSin from '@stdlib/math-base-special-sin'

/** eˣ. */
export const exp: (x: number) => number = stdExp
/** eˣ − 1, accurate near 0. */
export const expm1: (x: number) => number = stdExpm1
/** Natural logarithm. */
export const log: (x: number) => number = stdLn
/** ln(1 + x), accurate near 0. */
export const log1p: (x: number) => number = stdLog1p
/** xʸ. */
export const pow: (x: number, y: number) => number = stdPow
/** Sine of an angle in radians. */
export const sin: (x: number) => number = stdSin
/** Cosine of an angle in radians. */
export const cos: (x: number) => number = stdCos
/** √(x² + y²) without overflow or underflow on the way. */
export const hypot: (x: number, y: number) => number = stdHypot

// Closed intervals over exact rationals, for proving point budgets. A missing end (null) is
// unbounded in that direction.
import { Rational, ZERO } from "./rational.js";

export interface Interval {
  lo: Rational | null; // null: −∞
  hi: Rational | null; // null: +∞
}

export const point = (r: Rational): Interval => ({ lo: r, hi: r });
export const ZERO_INTERVAL: Interval = point(ZERO);
export const UNBOUNDED: Interval = { lo: null, hi: null };

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo && b.lo ? a.lo.add(b.lo) : null, hi: a.hi && b.hi ? a.hi.add(b.hi) : null };
}

export function neg(a: Interval): Interval {
  return { lo: a.hi ? a.hi.neg() : null, hi: a.lo ? a.lo.neg() : null };
}

export function sub(a: Interval, b: Interval): Interval {
  return add(a, neg(b));
}

/** An extended value: a rational or ±∞, for products of ends. */
type Ext = Rational | "+inf" | "-inf";

function extMul(a: Ext, b: Ext): Ext {
  if (typeof a !== "string" && typeof b !== "string") return a.mul(b);
  const sign = (x: Ext): number => (typeof x === "string" ? (x === "+inf" ? 1 : -1) : x.cmp(ZERO));
  const s = sign(a) * sign(b);
  // 0 × ∞ is taken as 0: a zero factor contributes nothing whatever the other end is.
  if (s === 0) return ZERO;
  return s > 0 ? "+inf" : "-inf";
}

function ends(a: Interval): [Ext, Ext] {
  return [a.lo ?? "-inf", a.hi ?? "+inf"];
}

function fromExts(values: Ext[]): Interval {
  let lo: Ext = "+inf";
  let hi: Ext = "-inf";
  for (const v of values) {
    if (extLt(v, lo)) lo = v;
    if (extLt(hi, v)) hi = v;
  }
  return { lo: typeof lo === "string" ? null : lo, hi: typeof hi === "string" ? null : hi };
}

function extLt(a: Ext, b: Ext): boolean {
  if (a === b) return false;
  if (a === "-inf" || b === "+inf") return true;
  if (a === "+inf" || b === "-inf") return false;
  return a.lt(b);
}

export function mul(a: Interval, b: Interval): Interval {
  const [a0, a1] = ends(a);
  const [b0, b1] = ends(b);
  return fromExts([extMul(a0, b0), extMul(a0, b1), extMul(a1, b0), extMul(a1, b1)]);
}

export function contains(a: Interval, r: Rational): boolean {
  return (a.lo === null || !a.lo.gt(r)) && (a.hi === null || !a.hi.lt(r));
}

/** a ÷ b. A divisor that can be 0 gives 0 there (as ratio-to-best does when the best is 0),
 *  and values near 0 make the quotient unbounded. */
export function div(a: Interval, b: Interval): Interval {
  if (!contains(b, ZERO)) {
    // b lies on one side of 0: 1/b = [1/hi, 1/lo], with 1/∞ = 0
    const recip = (r: Rational | null): Rational => (r ? Rational.of(r.den, r.num) : ZERO);
    return mul(a, { lo: recip(b.hi), hi: recip(b.lo) });
  }
  if (a.lo && a.hi && a.lo.isZero() && a.hi.isZero()) return ZERO_INTERVAL;
  const nonNegative = (x: Interval): boolean => x.lo !== null && !x.lo.lt(ZERO);
  if (nonNegative(a) && nonNegative(b)) return { lo: ZERO, hi: null };
  return UNBOUNDED;
}

export function union(a: Interval, b: Interval): Interval {
  return {
    lo: a.lo && b.lo ? Rational.min(a.lo, b.lo) : null,
    hi: a.hi && b.hi ? Rational.max(a.hi, b.hi) : null,
  };
}

export function minOf(a: Interval, b: Interval): Interval {
  return {
    lo: a.lo && b.lo ? Rational.min(a.lo, b.lo) : null,
    hi: a.hi === null ? b.hi : b.hi === null ? a.hi : Rational.min(a.hi, b.hi),
  };
}

export function maxOf(a: Interval, b: Interval): Interval {
  return neg(minOf(neg(a), neg(b)));
}

/** Values at most `cap`. */
export function capAt(a: Interval, cap: Rational): Interval {
  return minOf(a, point(cap));
}

/** Values at least `floor`. */
export function floorAt(a: Interval, floor: Rational): Interval {
  return maxOf(a, point(floor));
}

export function include(a: Interval, r: Rational): Interval {
  return union(a, point(r));
}

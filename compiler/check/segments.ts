// Sets of numbers as lists of segments with open or closed ends, for the tier checks:
// which values a band holds, what earlier bands already hold, what no band holds.
import type { Bound } from "../ir.js";
import { Rational } from "./rational.js";

export interface Segment {
  lo: Rational | null; // null: −∞ (never included)
  loIn: boolean;
  hi: Rational | null; // null: +∞
  hiIn: boolean;
}

export const WHOLE_LINE: Segment = { lo: null, loIn: false, hi: null, hiIn: false };

export function fromBounds(lo: Bound | null, hi: Bound | null): Segment {
  return {
    lo: lo ? Rational.parse(lo.value) : null,
    loIn: lo?.inclusive ?? false,
    hi: hi ? Rational.parse(hi.value) : null,
    hiIn: hi?.inclusive ?? false,
  };
}

/** True when the segment holds some value (some whole number, when `integral`). */
export function holdsAny(s: Segment, integral: boolean): boolean {
  if (s.lo && s.hi) {
    const c = s.lo.cmp(s.hi);
    if (c > 0 || (c === 0 && !(s.loIn && s.hiIn))) return false;
  }
  if (!integral || !s.lo || !s.hi) return true;
  const first = s.loIn ? s.lo.ceil() : s.lo.floor().add(Rational.int(1));
  const c = first.cmp(s.hi);
  return c < 0 || (c === 0 && s.hiIn);
}

function laterLo(a: Segment, b: Segment): Pick<Segment, "lo" | "loIn"> {
  if (!a.lo) return b;
  if (!b.lo) return a;
  const c = a.lo.cmp(b.lo);
  return c > 0 ? a : c < 0 ? b : { lo: a.lo, loIn: a.loIn && b.loIn };
}

function earlierHi(a: Segment, b: Segment): Pick<Segment, "hi" | "hiIn"> {
  if (!a.hi) return b;
  if (!b.hi) return a;
  const c = a.hi.cmp(b.hi);
  return c < 0 ? a : c > 0 ? b : { hi: a.hi, hiIn: a.hiIn && b.hiIn };
}

export function intersect(a: Segment, b: Segment): Segment {
  const lo = laterLo(a, b);
  const hi = earlierHi(a, b);
  return { lo: lo.lo, loIn: lo.loIn, hi: hi.hi, hiIn: hi.hiIn };
}

/** a minus b: up to two pieces. */
export function subtract(a: Segment, b: Segment): Segment[] {
  const pieces: Segment[] = [];
  if (b.lo) pieces.push(intersect(a, { lo: null, loIn: false, hi: b.lo, hiIn: !b.loIn }));
  if (b.hi) pieces.push(intersect(a, { lo: b.hi, loIn: !b.hiIn, hi: null, hiIn: false }));
  return pieces.filter((p) => holdsAny(p, false));
}

export function subtractAll(set: Segment[], b: Segment): Segment[] {
  return set.flatMap((a) => subtract(a, b));
}

export function intersectAll(set: Segment[], b: Segment, integral: boolean): Segment[] {
  return set.map((a) => intersect(a, b)).filter((p) => holdsAny(p, integral));
}

/** `[60%, 90%)`, `(10, ∞)`: `format` writes a value in the subject's unit. */
export function segmentText(s: Segment, format: (r: Rational) => string): string {
  if (s.lo && s.hi && s.lo.eq(s.hi)) return format(s.lo);
  const lo = s.lo ? `${s.loIn ? "[" : "("}${format(s.lo)}` : "(-∞";
  const hi = s.hi ? `${format(s.hi)}${s.hiIn ? "]" : ")"}` : "∞)";
  return `${lo}, ${hi}`;
}

/** The whole numbers of a segment as a closed segment: [0, 1) becomes 0, (2, 6) becomes [3, 5]. */
export function wholeNumbers(s: Segment): Segment {
  const one = Rational.int(1);
  return {
    lo: s.lo ? (s.loIn ? s.lo.ceil() : s.lo.floor().add(one)) : null,
    loIn: s.lo !== null,
    hi: s.hi ? (s.hiIn ? s.hi.floor() : s.hi.ceil().sub(one)) : null,
    hiIn: s.hi !== null,
  };
}

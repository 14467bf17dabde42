// Exact decimal arithmetic for the generated scorer: every figure is an exact rational, so
// 0.8 + 0.8 + 0.4 is 2 and 3 × 0.6 is 1.8. Rounding happens only when `round` is called, by the
// rule the scheme declares.
//
// Three spellings of the same kind of number, for speed, each in lowest terms:
// - a whole number that is a safe integer (|x| < 2^53) is that JavaScript number: most figures of
//   a scheme (points, counts) are whole, and need no object at all;
// - a fraction whose numerator and denominator are safe integers is { n, d } of numbers, d > 1;
// - anything larger is { n, d } of bigints (d ≥ 1n).
// Integer +, −, × and % on safe integers are exact in doubles, and every result is checked to
// still be a safe integer; one that is not is redone in BigInt, and a big result that fits is made
// small again.
//
// This file is inlined into every scorer.js (see ../emit/runtime.ts): it must stay free of
// imports, of Node and browser APIs, and of anything but plain functions and constants.

/** A fraction: numerator and denominator both numbers (d > 1) or both bigints. */
export interface Fraction {
  readonly n: number | bigint;
  readonly d: number | bigint;
}
/** An exact rational number. Treat as immutable. */
export type Q = number | Fraction;
/** A rational whose parts are safe integers. */
type Small = number | { readonly n: number; readonly d: number };
interface Big {
  readonly n: bigint;
  readonly d: bigint;
}

export type RoundingMode = "half-up" | "half-even" | "truncate";

export const ZERO: Q = 0;
export const ONE: Q = 1;

const MAX = Number.MAX_SAFE_INTEGER;
const MAX_BIG = BigInt(MAX);

function isSmall(a: Q): a is Small {
  return typeof a === "number" || typeof a.n === "number";
}
function numerator(a: Small): number {
  return typeof a === "number" ? a : a.n;
}
function denominator(a: Small): number {
  return typeof a === "number" ? 1 : a.d;
}

/** True when x, the double result of integer arithmetic on safe integers, is exact. */
const INT32 = 0x7fffffff;

function safe(x: number): boolean {
  return x <= MAX && x >= -MAX;
}

/** gcd(|a|, b) for whole numbers, b > 0; in 32-bit integers when both fit (the common case). */
function gcdSmall(a: number, b: number): number {
  if (a < 0) a = -a;
  if (a <= INT32 && b <= INT32) {
    let x = a | 0;
    let y = b | 0;
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** n/d (safe integers, d ≠ 0) in lowest terms. */
function small(n: number, d: number): Q {
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (n === 0) return 0; // no −0
  if (d === 1) return n;
  const g = gcdSmall(n, d);
  if (g === 1) return { n, d };
  return g === d ? n / g : { n: n / g, d: d / g };
}

/** n/d as bigints (d ≠ 0) in lowest terms, made small when it fits. */
function big(n: bigint, d: bigint): Q {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (n === 0n) return 0;
  const g = gcdBig(n, d);
  if (g !== 1n) {
    n /= g;
    d /= g;
  }
  const fits = n <= MAX_BIG && n >= -MAX_BIG;
  if (d === 1n) return fits ? Number(n) : { n, d };
  if (fits && d <= MAX_BIG) return { n: Number(n), d: Number(d) };
  return { n, d };
}

function toBig(a: Q): Big {
  if (typeof a === "number") return { n: BigInt(a), d: 1n };
  return typeof a.n === "number" ? { n: BigInt(a.n), d: BigInt(a.d) } : (a as Big);
}

/** n/d in lowest terms; d must not be 0. */
export function ratio(n: number | bigint, d: number | bigint): Q {
  if (
    typeof n === "number" &&
    typeof d === "number" &&
    safe(n) &&
    safe(d) &&
    Number.isInteger(n) &&
    Number.isInteger(d)
  )
    return small(n, d);
  return big(BigInt(n), BigInt(d));
}

export function int(n: number | bigint): Q {
  return ratio(n, 1);
}

/** True when a is a whole number. */
export function isWhole(a: Q): boolean {
  return typeof a === "number" || a.d === 1n;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a decimal written as text ("3", "-0.8", "12.50", "1e-7") or a JavaScript number (read by
 * its shortest round-trip spelling, so the JSON number 0.1 is exactly 1/10). Returns null for
 * anything that is not a finite decimal.
 */
export function parse(value: string | number): Q | null {
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return value === 0 ? 0 : value;
    if (!Number.isFinite(value)) return null;
    const fast = fewestDecimals(value);
    if (fast !== null) return fast;
  }
  const m = DECIMAL.exec(typeof value === "number" ? String(value) : value.trim());
  if (!m) return null;
  const whole = m[2] ?? "";
  const frac = m[3] ?? "";
  if (whole === "" && frac === "") return null;
  const exp = (m[4] === undefined ? 0 : Number(m[4])) - frac.length;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
  const digits = whole + frac;
  const negative = m[1] === "-";
  if (digits.length <= 15 && exp >= -15 && exp <= 0) {
    const n = Number(digits);
    return small(negative ? -n : n, POW10_SMALL[-exp]!);
  }
  let n = BigInt(digits || "0");
  if (negative) n = -n;
  return exp >= 0 ? big(n * pow10(exp), 1n) : big(n, pow10(-exp));
}

/**
 * The decimal with the fewest decimals that reads back as the double `value`, found without
 * spelling the double: the least k for which exactly one integer n has n / 10^k === value. That
 * is the decimal JavaScript's own shortest spelling (String(value)) gives; null when value is too
 * large or has too many decimals for this check, and parse() spells it instead.
 */
function fewestDecimals(value: number): Q | null {
  for (let k = 1; k <= 8; k++) {
    const p = POW10_SMALL[k]!;
    const scaled = value * p;
    if (!(scaled < 2 ** 51 && scaled > -(2 ** 51))) return null;
    const n = Math.round(scaled);
    if (n / p !== value) continue;
    if ((n - 1) / p === value || (n + 1) / p === value) return null;
    return small(n, p);
  }
  return null;
}

/** A decimal constant known to be well formed (the generator writes these). */
export function dec(text: string): Q {
  const q = parse(text);
  if (q === null) throw new Error(`kaohe runtime: not a decimal: ${text}`);
  return q;
}

export function add(a: Q, b: Q): Q {
  if (typeof a === "number" && typeof b === "number") {
    const n = a + b;
    if (safe(n)) return n;
  } else if (isSmall(a) && isSmall(b)) {
    const an = numerator(a);
    const ad = denominator(a);
    const bn = numerator(b);
    const bd = denominator(b);
    if (ad === bd) {
      const n = an + bn;
      if (safe(n)) return small(n, ad);
    } else {
      const x = an * bd;
      const y = bn * ad;
      const d = ad * bd;
      const n = x + y;
      if (safe(x) && safe(y) && safe(d) && safe(n)) return small(n, d);
    }
  }
  const p = toBig(a);
  const q = toBig(b);
  return big(p.n * q.d + q.n * p.d, p.d * q.d);
}

export function neg(a: Q): Q {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return typeof a.n === "number" ? { n: -a.n, d: a.d } : { n: -(a.n as bigint), d: a.d };
}

export function sub(a: Q, b: Q): Q {
  if (typeof a === "number" && typeof b === "number") {
    const n = a - b;
    if (safe(n)) return n === 0 ? 0 : n;
  }
  return add(a, neg(b));
}

export function mul(a: Q, b: Q): Q {
  if (typeof a === "number" && typeof b === "number") {
    const n = a * b;
    if (safe(n)) return n === 0 ? 0 : n;
  } else if (isSmall(a) && isSmall(b)) {
    // Cross-reduce first: the factors are in lowest terms, so the product is too.
    const an = numerator(a);
    const ad = denominator(a);
    const bn = numerator(b);
    const bd = denominator(b);
    const g1 = gcdSmall(an, bd);
    const g2 = gcdSmall(bn, ad);
    const n = (an / g1) * (bn / g2);
    const d = (ad / g2) * (bd / g1);
    if (safe(n) && safe(d)) return n === 0 ? 0 : d === 1 ? n : { n, d };
  }
  const p = toBig(a);
  const q = toBig(b);
  return big(p.n * q.n, p.d * q.d);
}

/** a ÷ b. Division by zero gives 0: callers that can divide by zero say so in their explanation. */
export function div(a: Q, b: Q): Q {
  if (isZero(b)) return 0;
  if (typeof a === "number" && typeof b === "number") return small(a, b);
  if (isSmall(b)) return mul(a, small(denominator(b), numerator(b)));
  const q = b as Big;
  return mul(a, q.n < 0n ? { n: -q.d, d: -q.n } : { n: q.d, d: q.n });
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function cmp(a: Q, b: Q): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (isSmall(a) && isSmall(b)) {
    const l = numerator(a) * denominator(b);
    const r = numerator(b) * denominator(a);
    if (safe(l) && safe(r)) return l < r ? -1 : l > r ? 1 : 0;
  }
  const p = toBig(a);
  const q = toBig(b);
  const l = p.n * q.d;
  const r = q.n * p.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** True when a is 0 (a fraction never is: lowest terms make 0 the number 0). */
export function isZero(a: Q): boolean {
  return a === 0;
}

export function sign(a: Q): number {
  if (typeof a === "number") return a < 0 ? -1 : a > 0 ? 1 : 0;
  return a.n < 0 ? -1 : 1;
}

export function min(a: Q, b: Q): Q {
  return cmp(a, b) <= 0 ? a : b;
}

export function max(a: Q, b: Q): Q {
  return cmp(a, b) >= 0 ? a : b;
}

export function sum(values: readonly Q[]): Q {
  let s = ZERO;
  for (const v of values) s = add(s, v);
  return s;
}

/** The arithmetic mean; the mean of no values is 0. */
export function mean(values: readonly Q[]): Q {
  return values.length === 0 ? ZERO : div(sum(values), int(values.length));
}

/** x held within [lo, hi]. */
export function clamp(x: Q, lo: Q, hi: Q): Q {
  return cmp(x, lo) < 0 ? lo : cmp(x, hi) > 0 ? hi : x;
}

/** The piecewise-linear function through the points (ascending x), flat outside them. */
export function linear(x: Q, points: ReadonlyArray<readonly [Q, Q]>): Q {
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return ZERO;
  if (cmp(x, first[0]) <= 0) return first[1];
  if (cmp(x, last[0]) >= 0) return last[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    if (cmp(x, x1) > 0) continue;
    const [x0, y0] = points[i - 1]!;
    return add(y0, div(mul(sub(x, x0), sub(y1, y0)), sub(x1, x0)));
  }
  return last[1];
}

// ---------------------------------------------------------------- rounding and spelling

const POW10_SMALL = Array.from({ length: 16 }, (_, k) => 10 ** k); // exact up to 10^15
const POW10: bigint[] = [];
function pow10(k: number): bigint {
  let p = POW10[k];
  if (p === undefined) {
    p = 10n ** BigInt(k);
    POW10[k] = p;
  }
  return p;
}

/**
 * a rounded to `digits` decimals. half-up is 四舍五入: halves go away from zero (−2.5 → −3);
 * half-even is 银行家舍入 (2.5 → 2, 3.5 → 4); truncate drops the digits (toward zero).
 */
export function round(a: Q, digits: number, mode: RoundingMode): Q {
  if (typeof a === "number") return a;
  if (typeof a.n === "number" && typeof a.d === "number" && digits < POW10_SMALL.length) {
    const m = POW10_SMALL[digits]!;
    if (m % a.d === 0) return a; // already has at most `digits` decimals
    const t = a.n * m;
    if (safe(t)) {
      const r = t % a.d; // same sign as t
      let q = (t - r) / a.d; // toward zero, exact
      if (mode !== "truncate") {
        const twice = (r < 0 ? -r : r) * 2;
        if (twice > a.d || (twice === a.d && (mode === "half-up" || q % 2 !== 0))) q += t < 0 ? -1 : 1;
      }
      return small(q, m);
    }
  }
  const b = toBig(a);
  const m = pow10(digits);
  if (m % b.d === 0n) return a;
  const t = b.n * m;
  let q = t / b.d;
  const r = t % b.d;
  if (mode !== "truncate") {
    const twice = (r < 0n ? -r : r) * 2n;
    if (twice > b.d || (twice === b.d && (mode === "half-up" || q % 2n !== 0n))) q += t < 0n ? -1n : 1n;
  }
  return big(q, m);
}

/** The number of decimals of a, or −1 when a does not terminate (d has a prime factor but 2, 5). */
function decimals(d: number | bigint): number {
  let twos = 0;
  let fives = 0;
  if (typeof d === "number") {
    while (d % 2 === 0) {
      d /= 2;
      twos++;
    }
    while (d % 5 === 0) {
      d /= 5;
      fives++;
    }
    if (d !== 1) return -1;
  } else {
    while (d % 2n === 0n) {
      d /= 2n;
      twos++;
    }
    while (d % 5n === 0n) {
      d /= 5n;
      fives++;
    }
    if (d !== 1n) return -1;
  }
  return twos > fives ? twos : fives;
}

/** True when a has a finite decimal expansion. */
export function terminates(a: Q): boolean {
  return typeof a === "number" || decimals(a.d) >= 0;
}

/**
 * The canonical decimal spelling ("2", "2.4", "-1.5": no exponent, no trailing zeros), or null
 * when a does not terminate.
 */
export function toDecimal(a: Q): string | null {
  if (typeof a === "number") return String(a);
  if (a.d === 1n) return String(a.n);
  const k = decimals(a.d);
  if (k < 0) return null;
  if (typeof a.n === "number" && typeof a.d === "number" && k < POW10_SMALL.length) {
    const scaled = a.n * (POW10_SMALL[k]! / a.d);
    if (safe(scaled)) return spell(scaled, k);
  }
  const b = toBig(a);
  return spell((b.n * pow10(k)) / b.d, k);
}

/** The digits of `scaled` with a decimal point `k` places from the right, trailing zeros dropped. */
function spell(scaled: number | bigint, k: number): string {
  const negative = scaled < 0;
  let digits = String(negative ? -scaled : scaled);
  if (digits.length <= k) digits = "0".repeat(k + 1 - digits.length) + digits;
  const point = digits.length - k;
  let end = digits.length;
  while (end > point && digits.charCodeAt(end - 1) === 48) end--;
  const text = end > point ? digits.slice(0, point) + "." + digits.slice(point, end) : digits.slice(0, point);
  return negative && text !== "0" ? "-" + text : text;
}

/**
 * The first `digits` decimals of a (cut, not rounded) followed by "…" when a does not
 * terminate: how an intermediate figure is shown in an explanation ("0.822222…").
 */
export function toDisplay(a: Q, digits: number): string {
  const exact = toDecimal(a);
  if (exact !== null) return exact;
  const b = toBig(a);
  return spell((b.n * pow10(digits)) / b.d, digits) + "…";
}
